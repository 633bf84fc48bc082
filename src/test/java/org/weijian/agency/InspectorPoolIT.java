package org.weijian.agency;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An inspection plan's inspector pool: every inspector whose jurisdiction lies in the plan's region or
 * above it, active or suspended, in id order; inspectors of a neighbouring district are not in it.
 */
@SpringBootTest
class InspectorPoolIT {

	@Autowired
	Departments departments;

	@Autowired
	Inspectors inspectors;

	@Test
	void thePoolHoldsInspectorsInAndAboveTheRegionWhateverTheirStatus() {
		AgencyTestData data = new AgencyTestData(departments, inspectors);
		DepartmentView province = data.department("530000", DepartmentKind.HEALTH_SUPERVISION);
		DepartmentView city = data.department("530100", DepartmentKind.HEALTH_SUPERVISION);
		InspectorProfile provincial = data.inspector(province, "530000", SupervisionDomain.MEDICAL_SERVICE);
		InspectorProfile cityWide = data.inspector(city, "530100", SupervisionDomain.MEDICAL_SERVICE);
		InspectorProfile district = data.inspector(city, "530102", SupervisionDomain.PUBLIC_PLACE_HYGIENE);
		InspectorProfile suspended = data.inspector(city, "530102", SupervisionDomain.MEDICAL_SERVICE);
		inspectors.suspend(suspended.id(), "借调");
		InspectorProfile neighbour = data.inspector(city, "530103", SupervisionDomain.MEDICAL_SERVICE);

		List<InspectorProfile> pool = inspectors.pool("530102");
		assertThat(pool).extracting(InspectorProfile::id)
			.contains(provincial.id(), cityWide.id(), district.id(), suspended.id())
			.doesNotContain(neighbour.id())
			.isSorted();
		assertThat(pool).filteredOn(i -> i.id() == suspended.id()).singleElement()
			.satisfies(i -> assertThat(i.status()).isEqualTo(InspectorStatus.SUSPENDED));
		// the city's pool holds its districts' inspectors
		assertThat(inspectors.pool("530100")).extracting(InspectorProfile::id).contains(neighbour.id(), district.id(), provincial.id());
		assertThatThrownBy(() -> inspectors.pool("53x")).isInstanceOf(InvalidInputException.class);
	}

}
