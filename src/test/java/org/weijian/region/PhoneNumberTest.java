package org.weijian.region;

import org.junit.jupiter.api.Test;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Grid staff phone numbers: mainland mobiles and landlines, normalised and masked. */
class PhoneNumberTest {

	@Test
	void acceptsMobilesWithOrWithoutCountryCodeAndSeparators() {
		assertThat(PhoneNumber.of("13812345678").value()).isEqualTo("13812345678");
		assertThat(PhoneNumber.of("+86 138 1234 5678").value()).isEqualTo("13812345678");
		assertThat(PhoneNumber.of("8613812345678").value()).isEqualTo("13812345678");
		assertThat(PhoneNumber.of("138-1234-5678").mobile()).isTrue();
	}

	@Test
	void acceptsLandlinesWithThreeOrFourDigitAreaCodes() {
		assertThat(PhoneNumber.of("042723456789").value()).isEqualTo("0427-23456789");
		assertThat(PhoneNumber.of("0427-2345678").value()).isEqualTo("0427-2345678");
		assertThat(PhoneNumber.of("01062345678").value()).isEqualTo("010-62345678");
		assertThat(PhoneNumber.of("(0531) 7612 3456").value()).isEqualTo("0531-76123456");
		assertThat(PhoneNumber.of("0427-2345678").mobile()).isFalse();
	}

	@Test
	void masksAllButTheEnds() {
		assertThat(PhoneNumber.of("13812345678").masked()).isEqualTo("138****5678");
		assertThat(PhoneNumber.of("0427-2345678").masked()).isEqualTo("0427-***5678");
		assertThat(PhoneNumber.of("13812345678").toString()).doesNotContain("1234");
	}

	@Test
	void rejectsWhatIsNotAMainlandNumber() {
		for (String bad : new String[] { "12812345678", "1381234567", "138123456789", "abc", "0427-123", "0427-0234567",
				"+1 415 555 0100" }) {
			assertThatThrownBy(() -> PhoneNumber.of(bad)).as(bad)
				.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.code()).isEqualTo("error.phone.format"));
		}
		assertThatThrownBy(() -> PhoneNumber.of(" ")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.code()).isEqualTo("error.phone.blank"));
	}

}
