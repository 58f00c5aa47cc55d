package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactMapTest {
    @Test
    void keepsTheFirstValueOfEachKeyAndFindsEveryKeyAfterGrowing() {
        // given keys with colliding hash codes and random ones, each put twice
        CompactMap<Object, Integer> map = new CompactMap<>();
        Map<Object, Integer> expected = new HashMap<>();
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            Object key = i % 2 == 0 ? new Colliding(i) : (Object) ("k" + random.nextInt(50_000));
            Integer before = map.putIfAbsent(key, i);

            // then putIfAbsent answers the value already there, as HashMap's does
            assertThat(before).isEqualTo(expected.putIfAbsent(key, i));
        }

        // and every key is found with its first value, and no other
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
        assertThat(map.get("absent")).isNull();
        assertThat(map.get(new Colliding(1))).isNull();
    }

    /** Few distinct hash codes: long probe runs through growth. */
    private record Colliding(int n) {
        @Override
        public int hashCode() {
            return n % 7;
        }
    }
}
