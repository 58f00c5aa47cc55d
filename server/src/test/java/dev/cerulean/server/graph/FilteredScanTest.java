package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pages of a list filtered as it is read a batch at a time: each page the next matches, each batch bounded. */
class FilteredScanTest {
    private static final List<Integer> WHOLE = IntStream.range(0, 23).boxed().toList();
    private final List<Integer> batchSizes = new ArrayList<>();

    private final FilteredScan.Batches<Integer> list = (offset, limit) -> {
        List<Integer> batch = WHOLE.subList(Math.min(offset, WHOLE.size()), Math.min(offset + limit, WHOLE.size()));
        batchSizes.add(batch.size());
        return batch;
    };

    @Test
    void followingTheNextPositionsGivesEveryMatchOnceInOrder() {
        for (Predicate<Integer> filter : List.<Predicate<Integer>>of(i -> i % 5 == 3, i -> true, i -> i > 20)) {
            for (int size = 1; size <= 4; size++) {
                for (int batch = 1; batch <= 6; batch++) {
                    List<Integer> seen = new ArrayList<>();
                    int start = 0;
                    do {
                        var page = FilteredScan.page(list, filter, start, size, batch);
                        assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
                        if (page.next() >= 0) assertThat(page.items()).hasSize(size);
                        seen.addAll(page.items());
                        start = page.next();
                    } while (start >= 0);
                    assertThat(seen)
                            .containsExactlyElementsOf(
                                    WHOLE.stream().filter(filter).toList());
                    assertThat(FilteredScan.count(list, filter, batch)).isEqualTo(seen.size());
                }
            }
        }
        assertThat(batchSizes).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(6));
    }

    @Test
    void aPageReadsOnlyUpToItsLastMatchAndTheNextOne() {
        var page = FilteredScan.page(list, i -> i % 2 == 0, 0, 2, 3);

        assertThat(page.items()).containsExactly(0, 2);
        assertThat(page.next()).isEqualTo(4);
        assertThat(batchSizes).containsExactly(3, 3); // two batches for positions 0 to 5, not the whole list
        assertThat(FilteredScan.page(list, i -> false, 0, 5, 10).next()).isEqualTo(-1);
    }
}
