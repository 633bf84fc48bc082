package org.weijian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionCodeTest {

	@Test
	void prefixesFollowTheLevel() {
		assertThat(DivisionCode.of("210000").prefix()).isEqualTo("21");
		assertThat(DivisionCode.of("211100").prefix()).isEqualTo("2111");
		assertThat(DivisionCode.of("211102").prefix()).isEqualTo("211102");
		assertThat(DivisionCode.of("370116001").prefix()).isEqualTo("370116001");
	}

	@Test
	void aCityCoversItsCountiesAndTownsButNotItsNeighbours() {
		DivisionCode panjin = DivisionCode.of("211100");
		assertThat(panjin.covers(DivisionCode.of("211102"))).isTrue();
		assertThat(panjin.covers(DivisionCode.of("211102001"))).isTrue();
		assertThat(panjin.covers(DivisionCode.of("370116"))).isFalse();
	}

	@Test
	void acceptsTwelveDigitStatisticalCodes() {
		assertThat(DivisionCode.of("211102001000").value()).isEqualTo("211102001");
		assertThat(DivisionCode.of("211100000000").value()).isEqualTo("211100");
		assertThat(DivisionCode.of("211102001").statisticalCode()).isEqualTo("211102001000");
	}

	@Test
	void rejectsMalformedCodes() {
		assertThatThrownBy(() -> DivisionCode.of("2111")).hasMessageContaining("error.division.format");
		assertThatThrownBy(() -> DivisionCode.of("21110a")).hasMessageContaining("error.division.format");
		assertThatThrownBy(() -> DivisionCode.of("")).hasMessageContaining("error.division.blank");
	}

}
