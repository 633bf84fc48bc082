package org.weijian.inspection.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StratumDrawTest {

	static final String KEY = "9319./2.5.8.10.12./9.18.26.34.41.45./";

	@Test
	void countsWithExactDecimalsRoundingUp() {
		assertThat(StratumDraw.count(new BigDecimal("0.05"), 100)).isEqualTo(5);
		assertThat(StratumDraw.count(new BigDecimal("0.05"), 101)).isEqualTo(6);
		assertThat(StratumDraw.count(new BigDecimal("0.2"), 15)).isEqualTo(3);
		assertThat(StratumDraw.count(new BigDecimal("0.6"), 5)).as("0.6 × 5 is exactly 3, not 3.0000000000000004").isEqualTo(3);
		assertThat(StratumDraw.count(new BigDecimal("0.0001"), 1)).isEqualTo(1);
		assertThat(StratumDraw.count(BigDecimal.ZERO, 40)).isZero();
		assertThat(StratumDraw.count(BigDecimal.ONE, 40)).isEqualTo(40);
	}

	@Test
	void refusesRatiosOutsideTheRuleOrTooPrecise() {
		assertThatThrownBy(() -> StratumDraw.count(new BigDecimal("1.01"), 3)).hasMessageContaining("between 0 and 1");
		assertThatThrownBy(() -> StratumDraw.count(new BigDecimal("-0.1"), 3)).hasMessageContaining("between 0 and 1");
		assertThatThrownBy(() -> StratumDraw.count(new BigDecimal("0.12345"), 3)).hasMessageContaining("4 decimal places");
	}

	@Test
	void selectsWithTheStratumKeyInUtf8IdOrderWhateverTheInputOrder() {
		List<String> ids = IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("S%02d", i)).toList();
		List<String> shuffled = new ArrayList<>(ids);
		Collections.shuffle(shuffled, new java.util.Random(7));
		List<String> drawn = StratumDraw.select(KEY, "B", shuffled, new BigDecimal("0.2"));
		List<String> expected = Rfc3797.select(25, 5, KEY + "stratum:B/").stream().map(ids::get).toList();
		assertThat(drawn).containsExactlyElementsOf(expected);
		assertThat(StratumDraw.select(KEY, "A", shuffled, new BigDecimal("0.2"))).as("the tier is part of the key").isNotEqualTo(drawn);
	}

	@Test
	void takesEveryoneInIdOrderWhenTheRatioCoversTheStratum() {
		assertThat(StratumDraw.select(KEY, "D", List.of("b", "a", "c"), BigDecimal.ONE)).containsExactly("a", "b", "c");
	}

	@Test
	void ordersIdsByUtf8BytesNotByUtf16Units() {
		String bmpHigh = "\uFF21";
		String supplementary = new String(Character.toChars(0x1F600));
		assertThat(bmpHigh.compareTo(supplementary)).as("UTF-16 puts the emoji first").isPositive();
		assertThat(Utf8Order.COMPARATOR.compare(bmpHigh, supplementary)).as("UTF-8 bytes put it last").isNegative();
		assertThatThrownBy(() -> StratumDraw.select(KEY, "A", List.of("x", "x"), BigDecimal.ONE)).hasMessageContaining("unique");
	}

}
