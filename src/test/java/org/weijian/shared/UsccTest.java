package org.weijian.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsccTest {

	@ParameterizedTest
	@ValueSource(strings = { "91110000100010433L", "91440300708461136T", "91350100M000100Y43" })
	void acceptsRealCodes(String code) {
		assertThat(Uscc.of(code).value()).isEqualTo(code);
	}

	@Test
	void normalisesCaseAndSpaces() {
		assertThat(Uscc.of(" 91110000100010433l ").value()).isEqualTo("91110000100010433L");
	}

	@Test
	void rejectsWrongCheckCharacterNamingTheExpectedOne() {
		assertThatThrownBy(() -> Uscc.of("91110000100010433M")).isInstanceOfSatisfying(InvalidValueException.class, ex -> {
			assertThat(ex.code()).isEqualTo("error.uscc.check-character");
			assertThat(ex.args()).containsExactly("L");
		});
	}

	@Test
	void rejectsForbiddenLettersAndWrongLength() {
		assertThatThrownBy(() -> Uscc.of("9111000010001043IL")).hasMessageContaining("error.uscc.character");
		assertThatThrownBy(() -> Uscc.of("9111000010001043")).hasMessageContaining("error.uscc.length");
		assertThatThrownBy(() -> Uscc.of(" ")).hasMessageContaining("error.uscc.blank");
	}

	@Test
	void rejectsBrokenEmbeddedOrganizationCode() {
		// body with a wrong organization check digit (position 17), then a correct USCC check character
		String body = "9111000010001043" + "5";
		String code = Uscc.withCheckCharacter(body);
		assertThatThrownBy(() -> Uscc.of(code)).hasMessageContaining("error.uscc.organization-check");
	}

	@Test
	void computesTheGbWorkedExample() {
		assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(Uscc.organizationCheckCharacter("M000100Y")).isEqualTo('4');
		assertThat(Uscc.organizationCheckCharacter("10001043")).isEqualTo('3');
	}

}
