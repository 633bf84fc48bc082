package org.weijian.inspection.draw;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Rfc3797Test {

	/** The sources of RFC 3797 §6, in the announced order (the third listed unsorted on purpose). */
	static final List<List<Long>> SOURCES = List.of(List.of(9319L), List.of(2L, 5L, 12L, 8L, 10L), List.of(9L, 18L, 26L, 34L, 41L, 45L));

	@Test
	void buildsTheKeyStringOfTheRfcExample() {
		assertThat(Rfc3797.key(SOURCES)).isEqualTo("9319./2.5.8.10.12./9.18.26.34.41.45./");
	}

	@Test
	void reproducesTheWorkedExampleOfRfc3797Section6() {
		List<Integer> positions = Rfc3797.select(25, 10, Rfc3797.key(SOURCES));
		assertThat(positions.stream().map(p -> p + 1).toList()).containsExactly(17, 7, 2, 16, 25, 23, 8, 24, 19, 13);
	}

	@Test
	void selectingEveryoneIsAPermutationAndAnyKeyChangeChangesTheDraw() {
		String key = Rfc3797.key(SOURCES);
		assertThat(Rfc3797.select(25, 25, key)).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 25).boxed().toList());
		assertThat(Rfc3797.select(25, 10, key + "stratum:A/")).isNotEqualTo(Rfc3797.select(25, 10, key));
	}

	@Test
	void refusesImpossibleDraws() {
		assertThatThrownBy(() -> Rfc3797.select(3, 4, "k/")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Rfc3797.select(70_000, 65_536, "k/")).hasMessageContaining("65535");
		assertThatThrownBy(() -> Rfc3797.key(List.of(List.of()))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Rfc3797.key(List.of(List.of(-1L)))).hasMessageContaining("non-negative");
	}

	@Test
	void theOrderStatisticTreeSelectsExactlyWhatListRemovalSelects() {
		java.util.Random random = new java.util.Random(3797);
		for (int round = 0; round < 300; round++) {
			int n = round < 40 ? round : 1 + random.nextInt(round < 280 ? 300 : 20_000);
			int k = n == 0 ? 0 : random.nextInt(Math.min(n, 2_000) + 1);
			String key = random.nextLong() + "./" + round + "./";
			assertThat(Rfc3797.select(n, k, key)).as("n=%d k=%d", n, k).isEqualTo(byListRemoval(n, k, key));
		}
		String rfc = Rfc3797.key(SOURCES);
		assertThat(Rfc3797.select(25, 25, rfc)).isEqualTo(byListRemoval(25, 25, rfc));
	}

	@Test
	void readsTheDigestAsAnUnsignedBigEndianInteger() {
		byte[] digest = Rfc3797.hash(0, Rfc3797.key(SOURCES));
		for (int m : new int[] { 1, 2, 25, 255, 65_536, 999_983, Integer.MAX_VALUE }) {
			assertThat(Rfc3797.mod(digest, m)).isEqualTo(new java.math.BigInteger(1, digest).mod(java.math.BigInteger.valueOf(m)).intValue());
		}
	}

	/** RFC 3797 §5 as written: remove the {@code j}-th remaining entry from a list. */
	static List<Integer> byListRemoval(int n, int k, String key) {
		List<Integer> remaining = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
		List<Integer> selected = new java.util.ArrayList<>();
		for (int i = 0; i < k; i++) {
			java.math.BigInteger h = new java.math.BigInteger(1, Rfc3797.hash(i, key));
			selected.add(remaining.remove(h.mod(java.math.BigInteger.valueOf(remaining.size())).intValue()));
		}
		return selected;
	}

}
