package org.weijian.region;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class RegionDatasetIT {

	@Autowired
	Regions regions;

	@Autowired
	RegionDatasetLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shipsAllOfChinaDownToCountiesAndLiaoningAndShandongDownToTowns() {
		assertThat(regions.provinces()).hasSize(31);
		assertThat(count("CITY")).isEqualTo(342);
		assertThat(count("COUNTY")).isEqualTo(2975);
		assertThat(regions.descendants("210000", RegionLevel.TOWN)).hasSizeGreaterThan(1000);
		assertThat(regions.descendants("370000", RegionLevel.TOWN)).hasSizeGreaterThan(1500);
	}

	@Test
	void knowsPanjinAndLaiwu() {
		assertThat(regions.children("211100")).extracting(Region::name).containsExactly("双台子区", "兴隆台区", "大洼区", "盘山县");
		assertThat(regions.fullName("211102")).isEqualTo("辽宁省盘锦市双台子区");
		assertThat(regions.get("370116001").name()).isEqualTo("凤城街道");
		assertThat(regions.path("370116001")).extracting(Region::code).containsExactly("370000", "370100", "370116", "370116001");
		assertThat(regions.get("370116001").statisticalCode()).isEqualTo("370116001000");
		assertThat(regions.find("211102002000")).isPresent();
	}

	@Test
	void unknownOrMalformedCodesAreNotFound() {
		assertThat(regions.find("219999")).isEmpty();
		assertThat(regions.find("abc")).isEmpty();
	}

	@Test
	void reloadingTheSameVersionKeepsEnteredPopulations() {
		jdbc.sql("UPDATE region SET population = 1389691, population_year = 2020 WHERE code = '211100'").update();
		jdbc.sql("DELETE FROM region_dataset").update();
		loader.load();
		assertThat(jdbc.sql("SELECT population FROM region WHERE code = '211100'").query(Long.class).single()).isEqualTo(1389691L);
	}

	private long count(String level) {
		return jdbc.sql("SELECT count(*) FROM region WHERE level = ?").param(level).query(Long.class).single();
	}

}
