package org.weijian.inspection.draw;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The verifier command ({@code java -jar weijian.jar verify-draw record.json}, {@code -} reads standard
 * input): recomputes a published draw record and prints {@code OK …} or every difference with its JSON path.
 * Runs before and without Spring. Exit code 0 when the record is reproduced exactly, 1 when it differs or
 * cannot be read as a draw record, 2 on bad usage or an unreadable file.
 */
public final class DrawVerifierCommand {

	public static final String COMMAND = "verify-draw";

	private static final String USAGE = "usage: java -jar weijian.jar verify-draw <record.json | ->";

	private DrawVerifierCommand() {
	}

	public static int run(String[] args, PrintStream out) {
		int first = args.length > 0 && args[0].equals(COMMAND) ? 1 : 0;
		if (args.length - first != 1 || args[first].startsWith("--")) {
			out.println(USAGE);
			return 2;
		}
		byte[] json;
		try {
			json = args[first].equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(args[first]));
		}
		catch (IOException | RuntimeException ex) {
			out.println(USAGE);
			out.println("cannot read " + args[first] + ": " + ex.getMessage());
			return 2;
		}
		VerificationReport report = DrawVerifier.verify(json);
		if (report.ok()) {
			out.println("OK " + report.drawId() + ": key, " + report.strata() + " strata, both pool digests and " + report.tasks()
					+ " tasks recomputed exactly");
			return 0;
		}
		report.differences().forEach(out::println);
		out.println("FAILED " + report.drawId() + ": " + report.differences().size() + " difference(s)");
		return 1;
	}

}
