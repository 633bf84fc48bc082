package org.weijian.demo;

import org.springframework.stereotype.Component;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.SubjectStatus;
import org.weijian.registry.SubjectSummary;
import org.weijian.registry.Subjects;
import org.weijian.shared.web.PageQuery;

/** The hospital whose staff the {@code institution.demo} user stands for: the first operating 盘锦市 general hospital. */
@Component
class DemoInstitution {

	private final Subjects subjects;

	DemoInstitution(Subjects subjects) {
		this.subjects = subjects;
	}

	long id() {
		return subjects
			.search(new SubjectQuery(null, SubjectKind.MEDICAL_INSTITUTION, "GENERAL_HOSPITAL", DemoDataset.PANJIN,
					SubjectStatus.OPERATING, null), PageQuery.of(0, 1))
			.items()
			.stream()
			.findFirst()
			.map(SubjectSummary::id)
			.orElseThrow(() -> new IllegalStateException("the demo data holds no operating general hospital in 盘锦市"));
	}

}
