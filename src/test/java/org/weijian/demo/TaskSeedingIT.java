package org.weijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.agency.NewDepartment;
import org.weijian.agency.NewInspector;
import org.weijian.inspection.DrawnTask;
import org.weijian.inspection.PlanDrawn;
import org.weijian.inspection.task.PublicResults;
import org.weijian.inspection.task.TaskFilter;
import org.weijian.inspection.task.TaskStatus;
import org.weijian.inspection.task.TaskView;
import org.weijian.inspection.task.Tasks;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.Uscc;
import org.weijian.shared.web.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's task step on a drawn plan: varied outcomes, some published, one overdue; nothing without a draw. */
@SpringBootTest
class TaskSeedingIT {

	@Autowired
	Tasks tasks;

	@Autowired
	PublicResults results;

	@Autowired
	Inspectors inspectors;

	@Autowired
	Departments departments;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void recordsAndPublishesSomeResultsOfEveryDraw() {
		long n = System.nanoTime() % 10_000_000;
		LocalDate today = tasks.today();
		DepartmentView department = departments.create(new NewDepartment("TS" + n, "演示任务监督所" + n, "HEALTH_SUPERVISION", "211100"));
		List<InspectorProfile> staff = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			staff.add(inspectors.create(new NewInspector("演示员" + i, "TSC" + n + "-" + i, "2020-01-01", "2035-12-31", department.id(), "211100",
					List.of("MEDICAL_SERVICE"), null)));
		}
		List<DrawnTask> drawn = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String body = String.format("%08d", (n * 10 + i) % 100_000_000);
			String org = body + Uscc.organizationCheckCharacter(body);
			SubjectRecord s = registration.register(new SubjectDraft(null, "CLINIC", "演示诊所" + n + "-" + i,
					Uscc.withCheckCharacter("52211103" + org), "211103", null, "演示路 " + i + " 号", "张三", "李四", null, "PRIVATE", true,
					org + "211103" + "11A1001", 0, List.of("内科"), java.util.Map.of()));
			drawn.add(new DrawnTask(i, s.id(), s.name(), s.regionCode(), s.categoryCode(), "ALL",
					List.of(staff.get(i % 3).id(), staff.get((i + 1) % 3).id()), null));
		}
		String drawId = "demo-seed-" + n;
		tx.executeWithoutResult(status -> events.publishEvent(new PlanDrawn(n, drawId, "演示抽查计划", "211100", department.id(),
				today.minusDays(60), today.plusDays(30), 20, drawn)));

		TaskSeeding step = new TaskSeeding(tasks, inspectors);
		step.seed(new DemoDataset(0.05, 20261123L, List.of(), today));

		List<TaskView> mine = tasks.list(new TaskFilter(null, drawId, null), PageQuery.of(0, 50)).items();
		assertThat(mine).hasSize(10);
		assertThat(mine.get(0).status()).isEqualTo(TaskStatus.ASSIGNED); // task 0 stays open for the demo inspector
		List<TaskView> done = mine.stream().filter(t -> t.outcome() != null).toList();
		assertThat(done).hasSize(6);
		assertThat(done.stream().map(TaskView::outcome).distinct().count()).isGreaterThanOrEqualTo(4);
		assertThat(done.stream().filter(t -> t.status() == TaskStatus.PUBLISHED).count()).isEqualTo(3);
		assertThat(done.stream().filter(TaskView::publicationOverdue).toList()).hasSize(1);
		assertThat(results.page(null, drawId, null, PageQuery.of(0, 50)).totalElements()).isEqualTo(3);
		assertThat(done).allSatisfy(t -> assertThat(t.chosen(t.completedByInspectorId())).isTrue());
	}

}
