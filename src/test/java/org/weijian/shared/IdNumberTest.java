package org.weijian.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdNumberTest {

	@Test
	void acceptsTheStandardsExample() {
		IdNumber id = IdNumber.of("11010519491231002x");
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.male()).isFalse();
	}

	@Test
	void masksAllButFourCharactersAtEachEnd() {
		assertThat(IdNumber.of("11010519491231002X").masked()).isEqualTo("1101**********002X");
		assertThat(IdNumber.of("11010519491231002X").toString()).doesNotContain("19491231");
	}

	@Test
	void rejectsWrongCheckDigitImpossibleDatesAndShapes() {
		assertThatThrownBy(() -> IdNumber.of("110105194912310021")).hasMessageContaining("error.id-number.check-digit");
		assertThatThrownBy(() -> IdNumber.of(IdNumber.withCheckCharacter("11010519490231002")))
			.hasMessageContaining("error.id-number.birth-date");
		assertThatThrownBy(() -> IdNumber.of("1101051949123100")).hasMessageContaining("error.id-number.format");
	}

}
