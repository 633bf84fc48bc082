package org.weijian.inspection.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrawEngineTest {

	static final String K = DrawSamples.RFC_KEY;

	/** The worked example of docs/draw-algorithm.md, value for value. */
	@Test
	void reproducesTheWorkedExampleOfTheAlgorithmDocument() {
		DrawRecord r = DrawEngine.run(DrawSamples.tiny());
		assertThat(r.key()).isEqualTo("9319./2.5.8.10.12./9.18.26.34.41.45./");
		assertThat(PoolDigest.objectListing(DrawSamples.tiny().objects())).isEqualTo("1\tA\n10\tA\n2\tA\n3\tA\n4\tA\n5\tA\n6\tA\n7\tA\n8\tA\n9\tA\n");
		assertThat(r.poolDigest()).isEqualTo("sha256:30ccce99953a776de3c35f68982784602c7154faddac928446d81a7ae7e2632f");
		assertThat(r.inspectorPool()).containsExactly("30", "31", "5", "7");
		assertThat(r.inspectorPoolDigest()).isEqualTo("sha256:1641c05acb7a747fffd96d94e6b49b1b32b9f81ab55e0784054436a4d1215aab");
		DrawRecord.Stratum a = r.strata().get(0);
		assertThat(a.candidates()).containsExactly("1", "10", "2", "3", "4", "5", "6", "7", "8", "9");
		assertThat(a.ratio()).isEqualTo("0.25");
		assertThat(a.k()).isEqualTo(3);
		assertThat(HexFormat.of().formatHex(Rfc3797.hash(0, K + "stratum:A/"))).isEqualTo("cc63251d26510c63a338f4054c155ad9");
		assertThat(Rfc3797.mod(Rfc3797.hash(0, K + "stratum:A/"), 10)).isEqualTo(1);
		assertThat(a.selected()).containsExactly("10", "7", "4");
		assertThat(HexFormat.of().formatHex(Rfc3797.hash(0, K + "task:0/"))).isEqualTo("d6a5179a5decb3f59eca940cb41231b8");
		assertThat(r.tasks()).extracting(DrawRecord.Task::object).containsExactly("10", "7", "4");
		assertThat(r.tasks().get(0).draws().get(0).chosen()).containsExactly("30", "31");
		assertThat(r.tasks().get(1).draws().get(0).eligible()).as("5 declared a conflict with 7").containsExactly("30", "31", "7");
		assertThat(r.tasks().get(1).draws().get(0).chosen()).containsExactly("7", "30");
		assertThat(r.tasks().get(2).draws().get(0).chosen()).containsExactly("5", "31");
	}

	@Test
	void numbersTasksOverStrataInOrderAndSelectionOrderWithinThem() {
		DrawRecord r = DrawEngine.run(DrawSamples.byTier());
		assertThat(r.strata()).extracting(DrawRecord.Stratum::tier).containsExactly("A", "B", "C", "D");
		assertThat(r.strata()).extracting(DrawRecord.Stratum::ratio).containsExactly("0.05", "0.2", "0.6", "1");
		assertThat(r.strata()).extracting(DrawRecord.Stratum::k).containsExactly(1, 3, 6, 6);
		assertThat(r.strata().get(3).selected()).as("k >= N selects all in id order").containsExactly("35", "36", "37", "38", "39", "40");
		List<String> order = r.strata().stream().flatMap(s -> s.selected().stream()).toList();
		assertThat(r.tasks()).extracting(DrawRecord.Task::object).containsExactlyElementsOf(order);
		for (int t = 0; t < r.tasks().size(); t++) {
			assertThat(r.tasks().get(t).index()).isEqualTo(t);
			assertThat(r.tasks().get(t).draws().get(0).key()).isEqualTo(K + "task:" + t + "/");
		}
		assertThat(r.strata().get(1).selected()).isEqualTo(
				StratumDraw.select(K, "B", r.strata().get(1).candidates(), new BigDecimal("0.2")));
	}

	@Test
	void eligibilityFollowsStatusCertificateJurisdictionSpecialtyAndRecusals() {
		DrawRecord r = DrawEngine.run(DrawSamples.byTier());
		// object 10: 211102, PUB. 102 lacks PUB, 104/105 are in 211103, 106 lacks PUB, 108 expired the day before,
		// 110 inactive, 111 (province) lacks PUB, 112 another city; 109 is certified on the start day only.
		assertThat(task(r, "10").draws().get(0).eligible()).containsExactly("101", "103", "107", "109");
		// object 13: 211103, MED; 101 and 106 declared conflicts with it
		assertThat(task(r, "13").draws().get(0).eligible()).containsExactly("104", "105", "109", "111");
		assertThat(task(r, "13").draws().get(0).eligible()).doesNotContain("101", "106");
	}

	@Test
	void theCapCountsStaffedTasksOnlyAndRemovesInspectorsFromLaterTasks() {
		DrawRecord r = DrawEngine.run(DrawSamples.byTier());
		Map<String, Integer> staffed = new java.util.HashMap<>();
		for (DrawRecord.Task t : r.tasks()) {
			for (String id : t.draws().get(0).eligible()) {
				assertThat(staffed.getOrDefault(id, 0)).as("task %d lists %s", t.index(), id).isLessThan(3);
			}
			if (t.staffed()) {
				t.draws().get(0).chosen().forEach(id -> staffed.merge(id, 1, Integer::sum));
			}
		}
		assertThat(staffed).containsEntry("101", 3).containsEntry("109", 3);
		assertThat(task(r, "28").draws().get(0).eligible()).as("101 reached the cap in task 4").doesNotContain("101");
	}

	@Test
	void tooFewEligibleLeavesATaskUnstaffedWithTheReasonAndAssignsNobody() {
		DrawRecord r = DrawEngine.run(DrawSamples.byTier());
		DrawRecord.Task rare = task(r, "40");
		assertThat(rare.status()).isEqualTo("UNSTAFFED");
		assertThat(rare.reason()).isEqualTo("eligible 0 < required 2");
		assertThat(rare.draws().get(0).chosen()).isEmpty();
		DrawRecord.Task one = task(r, "25");
		assertThat(one.reason()).isEqualTo("eligible 1 < required 2");
		DrawnAssignment assignment = r.assignments().get(one.index());
		assertThat(assignment.chosen()).isEmpty();
		assertThat(assignment.staffed()).isFalse();
		assertThat(assignment.unstaffedReason()).isEqualTo("eligible 1 < required 2");
		assertThat(assignment.stratum()).isEqualTo("C");
		assertThat(r.assignments()).hasSize(r.tasks().size());
		assertThat(r.assignments().get(0)).isEqualTo(new DrawnAssignment(0, "10", "A", List.of("101", "103"), null));
	}

	@Test
	void aJointPlanDrawsPerDepartmentInCodeOrderAndKeepsTheSuccessfulDrawOfAnUnstaffedTask() {
		DrawRecord r = DrawEngine.run(DrawSamples.joint());
		assertThat(r.strata()).extracting(DrawRecord.Stratum::tier).containsExactly("ALL");
		assertThat(r.strata().get(0).k()).isEqualTo(9);
		DrawRecord.Task first = r.tasks().get(0);
		assertThat(first.draws()).extracting(DrawRecord.Draw::key).containsExactly(K + "task:0:dept:D1/", K + "task:0:dept:D2/");
		assertThat(first.draws()).extracting(DrawRecord.Draw::count).containsExactly(1, 2);
		assertThat(first.draws().get(0).eligible()).containsExactly("201", "202", "203");
		assertThat(first.draws().get(1).eligible()).containsExactly("301", "302");
		DrawRecord.Task conflicted = task(r, "o21");
		assertThat(conflicted.status()).isEqualTo("UNSTAFFED");
		assertThat(conflicted.reason()).isEqualTo("eligible 1 < required 2 (dept D2)");
		assertThat(conflicted.draws().get(0).chosen()).hasSize(1);
		assertThat(conflicted.draws().get(1).chosen()).isEmpty();
		assertThat(r.assignments().get(conflicted.index()).chosen()).as("an unstaffed task assigns nobody").isEmpty();
		assertThat(r.assignments().get(0).chosen()).hasSize(3);
		assertThat(r.plan().get("departments")).isEqualTo(List.of(Map.of("code", "D1", "inspectors", 1), Map.of("code", "D2", "inspectors", 2)));
	}

	@Test
	void thePlanSummaryCarriesTheStaffingTermsAndMayNotContradictThem() {
		DrawInput input = DrawSamples.byTier();
		assertThat(DrawEngine.run(input).plan()).containsEntry("inspectors_per_task", 2).containsEntry("cap_per_inspector", 3)
			.containsEntry("title", "盘锦市2026年医疗机构“双随机”抽查");
		Map<String, Object> wrong = new LinkedHashMap<>(input.planSummary());
		wrong.put("cap_per_inspector", 5);
		assertThatThrownBy(() -> DrawEngine.run(withPlan(input, wrong))).hasMessageContaining("differ from the draw's");
		Map<String, Object> otherRatios = new LinkedHashMap<>(input.planSummary());
		otherRatios.put("ratios", Map.of("A", "0.05", "B", "0.2", "C", "0.6", "D", "0.9"));
		assertThatThrownBy(() -> DrawEngine.run(withPlan(input, otherRatios))).hasMessageContaining("ratios");
		Map<String, Object> h2Style = new LinkedHashMap<>(input.planSummary());
		h2Style.put("departments", List.of());
		h2Style.put("inspectors_per_task", 2L);
		assertThat(DrawEngine.run(withPlan(input, h2Style)).tasks()).hasSize(16);
		// a joint plan's summary keeps the plan's inspectors_per_task, which its draws do not use
		DrawInput joint = DrawSamples.joint();
		Map<String, Object> jointSummary = new LinkedHashMap<>(joint.planSummary());
		jointSummary.put("inspectors_per_task", 2);
		jointSummary.put("departments", List.of(Map.of("code", "D2", "name", "卫生监督所", "inspectors", 2), Map.of("code", "D1", "name", "市场监管局", "inspectors", 1)));
		DrawInput zeroPerTask = new DrawInput(joint.drawId(), jointSummary, joint.sources(), joint.ratios(), joint.objects(), joint.inspectors(),
				joint.recusals(), 0, joint.departments(), null, joint.inspectionStart());
		assertThat(DrawVerifier.verify(DrawEngine.run(zeroPerTask).toJson()).differences()).isEmpty();
		jointSummary.put("departments", List.of(Map.of("code", "D1", "inspectors", 1)));
		assertThatThrownBy(() -> DrawEngine.run(withPlan(zeroPerTask, jointSummary))).hasMessageContaining("differ from the draw's");
	}

	@Test
	void refusesObjectsOutsideTheRatiosAndStrataAboveTheRfcLimit() {
		DrawInput input = DrawSamples.byTier();
		List<PoolObject> objects = new ArrayList<>(input.objects());
		objects.add(new PoolObject("99", "ALL", "211102", "MED"));
		assertThatThrownBy(() -> DrawEngine.run(withObjects(input, objects))).hasMessageContaining("object 99 is in stratum ALL");
		List<PoolObject> many = new ArrayList<>();
		for (int i = 0; i < 70_000; i++) {
			many.add(new PoolObject("x" + i, "ALL", "211102", "MED"));
		}
		DrawInput huge = new DrawInput("huge", Map.of(), DrawSamples.RFC_SOURCES, Map.of("ALL", new BigDecimal("0.95")), many, List.of(), Set.of(), 2,
				new TreeMap<>(), null, DrawSamples.START);
		assertThatThrownBy(() -> DrawEngine.run(huge)).hasMessageContaining("at most 65535 selections");
		List<PoolObject> twice = new ArrayList<>(input.objects());
		twice.add(new PoolObject("1", "B", "211102", "MED"));
		assertThatThrownBy(() -> DrawEngine.run(withObjects(input, twice))).hasMessageContaining("object 1 appears twice");
	}

	@Test
	void refusesMalformedInputs() {
		assertThatThrownBy(() -> new PoolObject("1", "E", "211102", "MED")).hasMessageContaining("A, B, C, D, ALL");
		assertThatThrownBy(() -> new PoolObject("1\t2", "A", "211102", "MED")).hasMessageContaining("no tab");
		assertThatThrownBy(() -> new EntropySource("x", List.of())).hasMessageContaining("at least one value");
		DrawInput ok = DrawSamples.byTier();
		assertThatThrownBy(() -> new DrawInput("d", Map.of(), ok.sources(), Map.of("ALL", BigDecimal.ONE, "A", BigDecimal.ONE), ok.objects(),
				ok.inspectors(), Set.of(), 2, new TreeMap<>(), null, DrawSamples.START)).hasMessageContaining("only ALL");
		assertThatThrownBy(() -> new DrawInput("d", Map.of(), ok.sources(), Map.of("A", new BigDecimal("0.12345")), ok.objects(),
				ok.inspectors(), Set.of(), 2, new TreeMap<>(), null, DrawSamples.START)).hasMessageContaining("4 decimal places");
		assertThatThrownBy(() -> new DrawInput("d", Map.of(), ok.sources(), ok.ratios(), ok.objects(), ok.inspectors(), Set.of(), 0,
				new TreeMap<>(), null, DrawSamples.START)).hasMessageContaining("at least one inspector");
		assertThatThrownBy(() -> new DrawInput("d", Map.of(), ok.sources(), ok.ratios(), ok.objects(), ok.inspectors(), Set.of(), 2,
				new TreeMap<>(), 0, DrawSamples.START)).hasMessageContaining("cap");
	}

	static DrawRecord.Task task(DrawRecord r, String object) {
		return r.tasks().stream().filter(t -> t.object().equals(object)).findFirst().orElseThrow();
	}

	static DrawInput withPlan(DrawInput i, Map<String, Object> plan) {
		return new DrawInput(i.drawId(), plan, i.sources(), i.ratios(), i.objects(), i.inspectors(), i.recusals(), i.inspectorsPerTask(),
				i.departments(), i.capPerInspector(), i.inspectionStart());
	}

	static DrawInput withObjects(DrawInput i, List<PoolObject> objects) {
		return new DrawInput(i.drawId(), i.planSummary(), i.sources(), i.ratios(), objects, i.inspectors(), i.recusals(), i.inspectorsPerTask(),
				i.departments(), i.capPerInspector(), i.inspectionStart());
	}

}
