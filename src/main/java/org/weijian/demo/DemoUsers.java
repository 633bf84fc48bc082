package org.weijian.demo;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.weijian.identity.NewAccount;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;

/**
 * The demo users (demo profile only), all with the password {@value #PASSWORD}: created as the last
 * seeding step, and listed in the log at every demo start-up so that whoever started the server knows
 * how to log in.
 */
@Component
@Order(101)
@ConditionalOnProperty(name = "weijian.demo.enabled", havingValue = "true")
class DemoUsers implements DemoSeeding, ApplicationRunner {

	static final String PASSWORD = "Demo@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	/** username, display name, role, region code (null = everything), whether scoped to the demo institution. */
	record DemoUser(String username, String displayName, Role role, @Nullable String regionCode, boolean institution) {
	}

	static final List<DemoUser> USERS = List.of(new DemoUser("admin", "系统管理员", Role.SYSTEM_ADMIN, null, false),
			new DemoUser("leader.panjin", "盘锦市卫生健康委员会 李局长", Role.DEPARTMENT_LEADER, DemoDataset.PANJIN, false),
			new DemoUser("inspector.panjin", "盘锦市卫生监督所 王监督员", Role.INSPECTOR, DemoDataset.PANJIN, false),
			new DemoUser("inspector.laiwu", "莱芜区卫生监督所 张监督员", Role.INSPECTOR, DemoDataset.LAIWU, false),
			new DemoUser("reviewer.panjin", "盘锦市卫生健康委员会 法制审核 赵审核", Role.LEGAL_REVIEWER, DemoDataset.PANJIN, false),
			new DemoUser("handler.panjin", "盘锦市 投诉举报 孙专员", Role.COMPLAINT_HANDLER, DemoDataset.PANJIN, false),
			new DemoUser("institution.demo", "医疗机构 信息科", Role.INSTITUTION_USER, DemoDataset.PANJIN, true),
			new DemoUser("exchange.demo", "医保局 数据交换", Role.EXCHANGE_CLIENT, null, false));

	private final UserAdministration users;

	private final DemoInstitution institution;

	DemoUsers(UserAdministration users, DemoInstitution institution) {
		this.users = users;
		this.institution = institution;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String name() {
		return "users";
	}

	@Override
	public void seed(DemoDataset dataset) {
		for (DemoUser u : USERS) {
			if (users.findByUsername(u.username()).isPresent()) {
				continue;
			}
			Long institutionId = u.institution() ? institution.id() : null;
			users.create(new NewAccount(u.username(), u.displayName(), PASSWORD, Set.of(u.role()), u.regionCode(), null,
					institutionId));
		}
	}

	/** Runs after the loader (order 100): prints the logins. */
	@Override
	public void run(ApplicationArguments args) {
		StringBuilder table = new StringBuilder("\n\n  Weijian demo users (password ").append(PASSWORD).append("):\n");
		for (DemoUser u : USERS) {
			table.append(String.format("    %-18s %-20s %s%n", u.username(), u.role(),
					u.regionCode() == null ? "all regions" : u.regionCode() + (u.institution() ? " (one institution)" : "")));
		}
		log.info("{}", table);
	}

}
