package org.weijian;

import org.springframework.boot.SpringApplication;
import org.weijian.inspection.draw.DrawVerifierCommand;
import org.weijian.ledger.verify.LedgerVerifierCommand;
import org.weijian.monitoring.engine.MonitorCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Weijian (卫监) — the comprehensive supervision information system for the medical and health
 * industry (医疗卫生行业综合监管信息系统).
 */
@SpringBootApplication
@EnableScheduling
public class WeijianApplication {

	public static void main(String[] args) {
		if (args.length > 0 && LedgerVerifierCommand.COMMAND.equals(args[0])) {
			// the verifier is a client of the public ledger API: no database, no web server
			System.exit(LedgerVerifierCommand.run(args, System.out));
		}
		if (args.length > 0 && DrawVerifierCommand.COMMAND.equals(args[0])) {
			// the draw verifier reads a record file: no database, no web server
			System.exit(DrawVerifierCommand.run(args, System.out));
		}
		if (args.length > 0 && MonitorCommand.COMMAND.equals(args[0])) {
			// the claims rule engine reads extract files: no database, no web server
			System.exit(MonitorCommand.run(args, System.out));
		}
		SpringApplication.run(WeijianApplication.class, args);
	}

}
