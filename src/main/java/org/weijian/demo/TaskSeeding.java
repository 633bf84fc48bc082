package org.weijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.inspection.InspectionOutcome;
import org.weijian.inspection.task.TaskFilter;
import org.weijian.inspection.task.TaskResult;
import org.weijian.inspection.task.TaskView;
import org.weijian.inspection.task.Tasks;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * Demo step "inspection-tasks" (after the draw's step): in every drawn plan, the drawn inspectors record
 * results for some tasks with varied outcomes (keyed in by the system on their behalf), and some results
 * are confirmed for publication; where the inspection window began long enough ago, one result is dated
 * back so that it is overdue for publication. Task 0 and the tasks of the inspector the demo account
 * {@code inspector.panjin} works as stay open for the demo users, and so do plans whose window has not begun.
 * Does nothing when nothing was drawn.
 */
@Component
class TaskSeeding implements DemoSeeding {

	static final String DEMO_INSPECTOR = "inspector.panjin";

	/** Per draw at most this many results are recorded. */
	static final int PER_DRAW = 8;

	private static final List<InspectionOutcome> OUTCOMES = List.of(InspectionOutcome.QUALIFIED, InspectionOutcome.RECTIFICATION_ORDERED,
			InspectionOutcome.QUALIFIED, InspectionOutcome.CASE_FILED, InspectionOutcome.QUALIFIED, InspectionOutcome.NOT_FOUND,
			InspectionOutcome.QUALIFIED, InspectionOutcome.UNABLE_TO_INSPECT);

	private static final Map<InspectionOutcome, String> SUMMARIES = Map.of(
			InspectionOutcome.QUALIFIED, "执业许可证在有效期内，医疗废物分类收集、交接登记完整，消毒隔离制度落实，未发现违法行为。",
			InspectionOutcome.RECTIFICATION_ORDERED, "医疗废物暂存处未设置警示标识，交接登记不全；已下达卫生监督意见书，责令十五日内整改。",
			InspectionOutcome.CASE_FILED, "发现使用非卫生技术人员从事医疗卫生技术工作，已立案调查。",
			InspectionOutcome.NOT_FOUND, "登记地址现为其他商户，经询问周边商户未发现该单位，通过登记电话无法联系。",
			InspectionOutcome.UNABLE_TO_INSPECT, "检查当日大门紧闭、无人应答，已电话通知负责人约定复查时间。");

	private final Tasks tasks;

	private final Inspectors inspectors;

	TaskSeeding(Tasks tasks, Inspectors inspectors) {
		this.tasks = tasks;
		this.inspectors = inspectors;
	}

	@Override
	public int order() {
		return 65;
	}

	@Override
	public String name() {
		return "inspection-tasks";
	}

	@Override
	public void seed(DemoDataset dataset) {
		Long reserved = inspectors.findByAccount(DEMO_INSPECTOR).map(InspectorProfile::id).orElse(null);
		Map<String, List<TaskView>> byDraw = new LinkedHashMap<>();
		for (TaskView t : assigned()) {
			if (t.taskIndex() != 0 && !t.windowStart().isAfter(dataset.today()) && (reserved == null || !t.chosen(reserved))) {
				byDraw.computeIfAbsent(t.drawId(), k -> new ArrayList<>()).add(t);
			}
		}
		Random random = new Random(dataset.seed());
		LocalDate today = dataset.today();
		for (List<TaskView> open : byDraw.values()) {
			open.sort(Comparator.comparingInt(TaskView::taskIndex));
			java.util.Collections.shuffle(open, random);
			int n = Math.min(PER_DRAW, (open.size() * 3 + 4) / 5);
			for (int i = 0; i < n; i++) {
				TaskView t = open.get(i);
				InspectionOutcome outcome = OUTCOMES.get(i % OUTCOMES.size());
				boolean backdated = i == 0 && !t.windowStart().isAfter(today.minusDays(45));
				LocalDate inspectedOn = backdated ? t.windowStart() : latest(t.windowStart(), today.minusDays(random.nextInt(5)), today);
				long inspector = t.inspectors().get(random.nextInt(t.inspectors().size())).inspectorId();
				tasks.recordOnBehalf(t.id(), inspector, new TaskResult(outcome.name(), SUMMARIES.get(outcome), null), inspectedOn);
				if (i % 2 == 1) {
					tasks.publish(t.id());
				}
			}
		}
	}

	/** Every assigned task, page by page. */
	private List<TaskView> assigned() {
		List<TaskView> out = new ArrayList<>();
		int page = 0;
		while (true) {
			PageResult<TaskView> result = tasks.list(new TaskFilter(null, null, "ASSIGNED"), new PageQuery(page++, PageQuery.MAX_SIZE));
			out.addAll(result.items());
			if (!result.hasNext()) {
				return out;
			}
		}
	}

	private static LocalDate latest(LocalDate windowStart, LocalDate candidate, LocalDate today) {
		LocalDate day = candidate.isBefore(windowStart) ? windowStart : candidate;
		return day.isAfter(today) ? today : day;
	}

}
