package org.weijian.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.weijian.agency.DepartmentKind;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.Inspectors;
import org.weijian.inspection.DrawnTask;
import org.weijian.inspection.plan.PlanDraft;
import org.weijian.inspection.plan.PlanView;
import org.weijian.inspection.plan.Plans;
import org.weijian.inspection.pool.Announcements;
import org.weijian.inspection.pool.DrawView;
import org.weijian.inspection.pool.Draws;
import org.weijian.inspection.pool.EntropyEntry;

/**
 * Demo random inspections (双随机): one 盘锦市 plan by risk tier already drawn — created by
 * {@code inspector.panjin}, approved by {@code leader.panjin}, frozen and announced by
 * {@code inspector.panjin}, its lottery and index values entered by {@code leader.panjin} and confirmed
 * by {@code reviewer.panjin} — and a second plan announced and waiting for its sources. Everything goes
 * through the modules' APIs as the demo users themselves (their accounts are created first).
 * <p>
 * The drawn plan is a plan of the recent past: its sources had to lie in the future when it was approved
 * and announced, and in the past when it was drawn. So its creation, approval and announcement run on
 * this thread's clock set back {@value #REWIND_DAYS} days ({@link DemoClock}); the draw runs at the real
 * time (ADR 0034). The entropy values are simulated, plausible values, labelled as such in the sources'
 * descriptions.
 */
@Component
@ConditionalOnProperty(name = "weijian.demo.enabled", havingValue = "true")
class InspectionSeeding implements DemoSeeding {

	private static final Logger log = LoggerFactory.getLogger(InspectionSeeding.class);

	static final int REWIND_DAYS = 12;

	static final String DRAWN_TITLE = "盘锦市医疗机构依法执业双随机抽查（演示）";

	static final String WAITING_TITLE = "盘锦市公共场所卫生双随机抽查（演示）";

	private final Plans plans;

	private final Announcements announcements;

	private final Draws draws;

	private final Departments departments;

	private final Inspectors inspectors;

	private final DemoUsers users;

	private final UserDetailsService accounts;

	private final Clock clock;

	InspectionSeeding(Plans plans, Announcements announcements, Draws draws, Departments departments, Inspectors inspectors,
			DemoUsers users, UserDetailsService accounts, Clock clock) {
		this.plans = plans;
		this.announcements = announcements;
		this.draws = draws;
		this.departments = departments;
		this.inspectors = inspectors;
		this.users = users;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String name() {
		return "inspection";
	}

	@Override
	public void seed(DemoDataset dataset) {
		users.seed(dataset); // the demo users act below; the users step skips them later
		DepartmentView department = departments.byRegion(DemoDataset.PANJIN)
			.stream()
			.filter(d -> d.kind() == DepartmentKind.HEALTH_SUPERVISION)
			.findFirst()
			.orElse(null);
		if (department == null) {
			log.warn("Demo data: no 盘锦市 health supervision department; no demo inspection plans");
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		SplittableRandom random = new SplittableRandom(dataset.seed() ^ 0x5EED_D4A3L);
		DrawView drawn = drawnPlan(department, today, random);
		waitingPlan(department, today);
		linkInspectorAccount(drawn);
	}

	/** A plan announced {@value #REWIND_DAYS} days ago on sources published since, drawn today. */
	private DrawView drawnPlan(DepartmentView department, LocalDate today, SplittableRandom random) {
		LocalDate lottery = lotteryDayOnOrBefore(today.minusDays(1));
		LocalDate close = weekdayOnOrBefore(today.minusDays(1));
		PlanDraft draft = new PlanDraft(String.valueOf(today.getYear()), DRAWN_TITLE, "MUNICIPAL", "盘卫监发〔" + today.getYear() + "〕12号",
				String.valueOf(department.id()), DemoDataset.PANJIN,
				List.of("GENERAL_HOSPITAL", "TCM_HOSPITAL", "SPECIALTY_HOSPITAL", "OUTPATIENT_DEPARTMENT", "CLINIC"), "MEDICAL_INSTITUTION",
				"BY_TIER", Map.of("A", "0.05", "B", "0.2", "C", "0.6", "D", "1"), "2", null, "16", today.toString(),
				today.plusDays(75).toString(), "20", sources(lottery, close), null);
		long planId;
		try (DemoClock.Rewound rewound = DemoClock.rewind(Duration.ofDays(REWIND_DAYS))) {
			PlanView plan = as("inspector.panjin", () -> plans.create(draft));
			planId = plan.id();
			as("leader.panjin", () -> plans.approve(planId, plan.rowVersion()));
			as("inspector.panjin", () -> announcements.announce(planId));
		}
		List<List<String>> values = List.of(redBalls(random), List.of(String.valueOf(1 + random.nextInt(16))),
				List.of(String.valueOf(300_000 + random.nextInt(50_000))));
		EntropyEntry entry = as("leader.panjin", () -> draws.enter(planId, values));
		DrawView drawn = as("reviewer.panjin", () -> draws.confirm(planId, entry.id()));
		log.info("Demo data: plan {} drawn as {} ({} tasks, {} unstaffed)", planId, drawn.drawId(), drawn.tasks(), drawn.unstaffed());
		return drawn;
	}

	/** A plan approved and announced today, whose sources are published in the coming days. */
	private void waitingPlan(DepartmentView department, LocalDate today) {
		LocalDate lottery = lotteryDayOnOrBefore(today.plusDays(7));
		if (!lottery.isAfter(today)) {
			lottery = today.plusDays(7);
		}
		LocalDate close = weekdayOnOrBefore(today.plusDays(5));
		PlanDraft draft = new PlanDraft(String.valueOf(today.getYear()), WAITING_TITLE, "MUNICIPAL", "盘卫监发〔" + today.getYear() + "〕15号",
				String.valueOf(department.id()), DemoDataset.PANJIN, List.of("PUBLIC_PLACE"), "PUBLIC_HEALTH_UNIT", "UNIFORM",
				Map.of("ALL", "0.1"), "2", null, null, today.plusDays(10).toString(), today.plusDays(90).toString(), "20",
				sources(lottery, close), null);
		PlanView plan = as("inspector.panjin", () -> plans.create(draft));
		as("leader.panjin", () -> plans.approve(plan.id(), plan.rowVersion()));
		as("inspector.panjin", () -> announcements.announce(plan.id()));
	}

	/** The demo inspector account works as the first inspector chosen in the drawn plan's first staffed task. */
	private void linkInspectorAccount(DrawView drawn) {
		draws.tasks(drawn.planId())
			.stream()
			.filter(DrawnTask::staffed)
			.findFirst()
			.filter(t -> inspectors.findByAccount("inspector.panjin").isEmpty())
			.ifPresent(t -> inspectors.linkAccount(t.inspectorIds().get(0), "inspector.panjin"));
	}

	/** 双色球 red balls (6 of 1–33), 双色球 blue ball (1 of 1–16), 上证综合指数 close × 100. */
	private static List<PlanDraft.Source> sources(LocalDate lottery, LocalDate close) {
		String period = lottery.getYear() + String.format("%03d", lotteryPeriod(lottery));
		return List.of(
				new PlanDraft.Source("双色球第" + period + "期红球", "中国福利彩票双色球第" + period + "期（" + lottery
						+ "开奖）的 6 个红球号码，以中国福利彩票发行管理中心公布为准（演示数据：录入的数值为模拟值）", lottery.toString(), "6", "1", "33"),
				new PlanDraft.Source("双色球第" + period + "期蓝球", "同期开奖的 1 个蓝球号码（演示数据：录入的数值为模拟值）", lottery.toString(), "1", "1", "16"),
				new PlanDraft.Source("上证综合指数" + close + "收盘点位×100", "上海证券交易所公布的上证综合指数当日收盘点位乘以 100（演示数据：录入的数值为模拟值）",
						close.toString(), "1", "100000", "999999"));
	}

	private static List<String> redBalls(SplittableRandom random) {
		TreeSet<Integer> balls = new TreeSet<>();
		while (balls.size() < 6) {
			balls.add(1 + random.nextInt(33));
		}
		List<String> out = new ArrayList<>();
		List<Integer> drawOrder = new ArrayList<>(balls);
		java.util.Collections.shuffle(drawOrder, new java.util.Random(random.nextLong()));
		drawOrder.forEach(b -> out.add(String.valueOf(b)));
		return out;
	}

	/** 双色球 is drawn on Tuesdays, Thursdays and Sundays. */
	static LocalDate lotteryDayOnOrBefore(LocalDate day) {
		LocalDate d = day;
		while (!LOTTERY_DAYS.contains(d.getDayOfWeek())) {
			d = d.minusDays(1);
		}
		return d;
	}

	private static final Set<DayOfWeek> LOTTERY_DAYS = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);

	/** The draw's number in its year, counting the year's lottery days (holidays ignored: demo data). */
	private static int lotteryPeriod(LocalDate lottery) {
		int n = 0;
		for (LocalDate d = lottery.withDayOfYear(1); !d.isAfter(lottery); d = d.plusDays(1)) {
			if (LOTTERY_DAYS.contains(d.getDayOfWeek())) {
				n++;
			}
		}
		return n;
	}

	static LocalDate weekdayOnOrBefore(LocalDate day) {
		LocalDate d = day;
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.minusDays(1);
		}
		return d;
	}

	/** Runs {@code work} as the demo user, through their real account and authorities. */
	private <T> T as(String username, Supplier<T> work) {
		UserDetails principal = accounts.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The application clock of the demo profile: the system clock, which the demo's seeding thread alone
	 * may set back for a while to act out a plan of the recent past (ADR 0034). Every other thread, and this
	 * one outside {@link #rewind}, reads the real time.
	 */
	@Component
	@Primary
	@ConditionalOnProperty(name = "weijian.demo.enabled", havingValue = "true")
	static final class DemoClock extends Clock {

		private static final ThreadLocal<Duration> BACK = ThreadLocal.withInitial(() -> Duration.ZERO);

		private final Clock system;

		@Autowired
		DemoClock(@Value("${weijian.time-zone:Asia/Shanghai}") String zone) {
			this(Clock.system(ZoneId.of(zone)));
		}

		private DemoClock(Clock system) {
			this.system = system;
		}

		/** Sets this thread's clock back by {@code by} until the answer is closed. */
		static Rewound rewind(Duration by) {
			BACK.set(by);
			return BACK::remove;
		}

		/** A rewind in force; closing it restores the real time. */
		interface Rewound extends AutoCloseable {

			@Override
			void close();

		}

		@Override
		public ZoneId getZone() {
			return system.getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new DemoClock(system.withZone(zone));
		}

		@Override
		public Instant instant() {
			return system.instant().minus(BACK.get()).truncatedTo(ChronoUnit.MICROS);
		}

		@Override
		public long millis() {
			return instant().toEpochMilli();
		}

	}

}
