package dev.cerulean.server.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cerulean.core.move.RestoreReport;
import dev.cerulean.core.move.RestoreReport.Item;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A restore's report as the REST operation answers it and {@code cerulean move restore --json}
 * prints it: counts per status, then each item with its status and, when refused, the rule's code
 * and its message in plain words.
 */
public final class RestoreReportJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final Messages ENGLISH = Messages.of(Language.en);

    private RestoreReportJson() {}

    public static JsonNode tree(RestoreReport report) {
        return MAPPER.valueToTree(of(report));
    }

    public static String write(RestoreReport report) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(of(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is always JSON", e);
        }
    }

    /** The line a person reads for one item: status, kind, target, and why when refused. */
    public static String line(Item i) {
        StringBuilder line =
                new StringBuilder().append(String.format("%-15s %-24s %s", i.status(), i.kind(), i.target()));
        if (i.principal() != null && i.kind() == RestoreReport.Kind.ROLE_ASSIGNMENT)
            line.append(" for ").append(i.principal());
        if (i.restoredAs() != null) line.append(" as ").append(i.restoredAs());
        if (i.code() != null) line.append(" [").append(i.code()).append("] ").append(message(i));
        return line.toString();
    }

    private static Map<String, Object> of(RestoreReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subscriptionId", report.subscription().toString());
        json.put("dryRun", report.dryRun());
        json.put("changedNothing", report.changedNothing());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) counts.put(s.name(), report.count(s));
        json.put("counts", counts);
        json.put("items", report.items().stream().map(RestoreReportJson::item).toList());
        return json;
    }

    private static Map<String, Object> item(Item i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", i.kind().name());
        json.put("target", i.target());
        json.put("principalId", i.principal() == null ? null : i.principal().toString());
        json.put("restoredAs", i.restoredAs() == null ? null : i.restoredAs().toString());
        json.put("status", i.status().name());
        if (i.code() != null) {
            json.put("code", i.code().name());
            json.put("message", message(i));
        }
        return json;
    }

    private static String message(Item i) {
        return ENGLISH.rule(i.code(), i.args());
    }
}
