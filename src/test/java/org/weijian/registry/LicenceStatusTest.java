package org.weijian.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LicenceStatusTest {

	@Test
	void revokedAndCancelledAreFinal() {
		assertThat(LicenceStatus.REVOKED.manualTargets()).isEmpty();
		assertThat(LicenceStatus.CANCELLED.manualTargets()).isEmpty();
		assertThat(LicenceStatus.REVOKED.isFinal()).isTrue();
		assertThat(LicenceStatus.CANCELLED.isFinal()).isTrue();
	}

	@Test
	void noUserMovesALicenceToExpired() {
		for (LicenceStatus s : LicenceStatus.values()) {
			assertThat(s.manualTargets()).doesNotContain(LicenceStatus.EXPIRED, s);
		}
	}

	@Test
	void anExpiredLicenceCanOnlyBeCancelledByHand() {
		assertThat(LicenceStatus.EXPIRED.manualTargets()).containsExactly(LicenceStatus.CANCELLED);
		assertThat(LicenceStatus.SUSPENDED.manualTargets()).contains(LicenceStatus.VALID);
	}

}
