package org.weijian.identity;

import org.weijian.shared.error.InvalidInputException;

/** At least 8 characters from at least three of: upper case, lower case, digits, symbols. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	static void check(String field, String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > 128) {
			throw InvalidInputException.of(field, "error.password.length", MIN_LENGTH);
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			throw InvalidInputException.of(field, "error.password.weak");
		}
	}

}
