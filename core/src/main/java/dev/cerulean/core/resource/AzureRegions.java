package dev.cerulean.core.resource;

import java.util.List;
import java.util.Optional;

/**
 * The Azure public-cloud regions Cerulean lists for a subscription (as {@code az account
 * list-locations} shows them): programmatic name, display names, geography and coordinates as
 * Azure publishes them. Resource groups may still name any well-formed location, as before.
 */
public final class AzureRegions {
    /** One region; {@code pairedRegion} is null for regions without a pair. */
    public record Region(String name, String displayName, String regionalDisplayName, String geographyGroup,
                         String geography, String physicalLocation, String latitude, String longitude,
                         String pairedRegion) {}

    public static final List<Region> ALL = List.of(
            new Region("eastus", "East US", "(US) East US", "US", "United States", "Virginia", "37.3719", "-79.8164", "westus"),
            new Region("eastus2", "East US 2", "(US) East US 2", "US", "United States", "Virginia", "36.6681", "-78.3889", "centralus"),
            new Region("westus", "West US", "(US) West US", "US", "United States", "California", "37.783", "-122.417", "eastus"),
            new Region("westus2", "West US 2", "(US) West US 2", "US", "United States", "Washington", "47.233", "-119.852", "westcentralus"),
            new Region("centralus", "Central US", "(US) Central US", "US", "United States", "Iowa", "41.5908", "-93.6208", "eastus2"),
            new Region("westcentralus", "West Central US", "(US) West Central US", "US", "United States", "Wyoming", "40.89", "-110.234", "westus2"),
            new Region("northeurope", "North Europe", "(Europe) North Europe", "Europe", "Europe", "Ireland", "53.3478", "-6.2597", "westeurope"),
            new Region("westeurope", "West Europe", "(Europe) West Europe", "Europe", "Europe", "Netherlands", "52.3667", "4.9", "northeurope"),
            new Region("swedencentral", "Sweden Central", "(Europe) Sweden Central", "Europe", "Sweden", "Gävle", "60.67488", "17.14127", "swedensouth"),
            new Region("uksouth", "UK South", "(Europe) UK South", "Europe", "United Kingdom", "London", "50.941", "-0.799", "ukwest"),
            new Region("ukwest", "UK West", "(Europe) UK West", "Europe", "United Kingdom", "Cardiff", "53.427", "-3.084", "uksouth"),
            new Region("germanywestcentral", "Germany West Central", "(Europe) Germany West Central", "Europe", "Germany", "Frankfurt", "50.110924", "8.682127", "germanynorth"),
            new Region("francecentral", "France Central", "(Europe) France Central", "Europe", "France", "Paris", "46.3772", "2.373", "francesouth"),
            new Region("southeastasia", "Southeast Asia", "(Asia Pacific) Southeast Asia", "Asia Pacific", "Asia Pacific", "Singapore", "1.283", "103.833", "eastasia"),
            new Region("eastasia", "East Asia", "(Asia Pacific) East Asia", "Asia Pacific", "Asia Pacific", "Hong Kong", "22.267", "114.188", "southeastasia"),
            new Region("japaneast", "Japan East", "(Asia Pacific) Japan East", "Asia Pacific", "Japan", "Tokyo, Saitama", "35.68", "139.77", "japanwest"),
            new Region("australiaeast", "Australia East", "(Asia Pacific) Australia East", "Asia Pacific", "Australia", "New South Wales", "-33.86", "151.2094", "australiasoutheast"),
            new Region("brazilsouth", "Brazil South", "(South America) Brazil South", "South America", "Brazil", "Sao Paulo State", "-23.55", "-46.633", "southcentralus"),
            new Region("canadacentral", "Canada Central", "(Canada) Canada Central", "Canada", "Canada", "Toronto", "43.653", "-79.383", "canadaeast"),
            new Region("southcentralus", "South Central US", "(US) South Central US", "US", "United States", "Texas", "29.4167", "-98.5", "northcentralus"));

    private AzureRegions() {}

    /** A region by its programmatic name, whatever its case. */
    public static Optional<Region> byName(String name) {
        return ALL.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }
}
