package org.weijian.monitoring.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

	@Test
	void splitsTheEnginesWordingIntoFileLineColumnAndReason() {
		Problem p = Problem.parse("mdtrt_d.csv line 3 column brdy: bad date '1980-02-30'");
		assertThat(p).isEqualTo(new Problem("mdtrt_d.csv", 3L, "brdy", "bad date '1980-02-30'", null));
		assertThat(Problem.parse("mdtrt_d.csv line 1: missing column gend"))
			.isEqualTo(new Problem("mdtrt_d.csv", 1L, null, "missing column gend", null));
		assertThat(Problem.parse("fee_list_d.csv: cannot read (x)")).isEqualTo(new Problem("fee_list_d.csv", null, null, "cannot read (x)", null));
		assertThat(Problem.parse("error.monitoring.run.interrupted").messageKey()).isEqualTo("error.monitoring.run.interrupted");
		assertThat(Problem.parse("something odd").reason()).isEqualTo("something odd");
	}

	@Test
	void serverDirectoriesAreCutFromTheEnginesMessages() {
		assertThat(RunWorker.shorten("/srv/data/x/mdtrt_d.csv line 2 column brdy: bad date", "/srv/data/x"))
			.isEqualTo("mdtrt_d.csv line 2 column brdy: bad date");
	}

}
