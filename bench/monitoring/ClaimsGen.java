import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Claims benchmark data (issue 5): a deterministic month-by-month extract of {@code visits} visits ({@code mdtrt_d.csv})
 * and exactly {@code feeLines} fee lines ({@code fee_list_d.csv}) over April–June 2025 at 200 institutions in 10 peer
 * groups, with a knowledge base of ~1,900 items ({@code hilist_kb.csv}) and {@code peers.csv}. Realistic rates of the
 * behaviours the 15 rules look for are planted so that every rule has some hits: limited drugs given to the wrong sex or
 * age or diagnosis, prices over the cap, too many units a day, duplicated lines, package-included items, amount
 * mismatches, extra bed days, readmissions within 15 days, idle bed days (natural), three outpatient visits a day,
 * antibiotic-heavy institutions, one drug surging at one institution and one institution with far higher costs than
 * its peers. Names with a comma (about 7 % of lines) are quoted.
 *   java bench/monitoring/ClaimsGen.java OUT_DIR [visits=1000000] [feeLines=10000000] [seed=20250401]
 */
public class ClaimsGen {

	static final LocalDate START = LocalDate.of(2025, 4, 1);

	static final int DAYS = 91;

	static final int INSTITUTIONS = 200;

	static final String[] DIAGNOSES = { "J18.900", "J20.900", "J06.900", "I10.x00", "E11.900", "K29.700", "M54.500", "I63.900",
			"N39.000", "K35.800", "S72.000", "C34.900", "I25.100", "J44.100", "O80.000", "R50.900" };

	static final byte[][] DATES = new byte[DAYS + 30][];

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int visits = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		long feeLines = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000L;
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 20250401L;
		Files.createDirectories(out);
		for (int d = 0; d < DATES.length; d++) {
			DATES[d] = START.plusDays(d).toString().getBytes(StandardCharsets.US_ASCII);
		}
		long start = System.nanoTime();
		Kb kb = Kb.write(out.resolve("hilist_kb.csv"));
		try (OutputStream p = Files.newOutputStream(out.resolve("peers.csv"))) {
			StringBuilder sb = new StringBuilder("fixmedins_code,peer_group\n");
			for (int i = 0; i < INSTITUTIONS; i++) {
				sb.append(inst(i)).append(",G").append(String.format("%02d", i / 20 + 1)).append('\n');
			}
			p.write(sb.toString().getBytes(StandardCharsets.UTF_8));
		}
		try (W v = new W(out.resolve("mdtrt_d.csv")); W f = new W(out.resolve("fee_list_d.csv"))) {
			new Generator(new SplittableRandom(seed), kb, v, f, visits, feeLines).run();
		}
		System.out.printf("generated %d visits, %d fee lines, %d knowledge-base items in %.1f s into %s%n", visits, feeLines,
				kb.size, (System.nanoTime() - start) / 1e9, out);
	}

	static String inst(int i) {
		return "H2111" + String.format("%07d", i + 1);
	}

	/** The knowledge base: codes by kind, with the limits that the generator plants hits against. */
	static final class Kb {

		final List<byte[]> plainDrugs = new ArrayList<>(), antibiotics = new ArrayList<>(), female = new ArrayList<>(),
				paediatric = new ArrayList<>(), diabetes = new ArrayList<>(), capped = new ArrayList<>(),
				perDay = new ArrayList<>(), services = new ArrayList<>(), packages = new ArrayList<>(),
				included = new ArrayList<>(), materials = new ArrayList<>(), unknown = new ArrayList<>();

		final List<byte[]> plainNames = new ArrayList<>();

		byte[] bed, bedName, nursing, nursingName, consult, consultName, surge, surgeName;

		int size;

		static Kb write(Path file) throws IOException {
			Kb kb = new Kb();
			StringBuilder sb = new StringBuilder("hilist_code,gend_lmt,age_min,age_max,dx_lmt,pric_uplmt,cnt_day_max,incl_by,item_class,atc,ddd_per_unit\n");
			kb.bed = kb.item(sb, "001109000010000", "", "", "", "", "60", "", "", "BED", "", "");
			kb.nursing = kb.item(sb, "001201000010000", "", "", "", "", "", "", "", "NURSING", "", "");
			kb.consult = kb.item(sb, "001102000010000", "", "", "", "", "", "", "", "OTHER", "", "");
			for (int i = 0; i < 600; i++) {
				kb.plainDrugs.add(kb.item(sb, String.format("XA%02dAAA%03dA00101010%04d", i % 16, i, i), "", "", "", "", "", "", "", "DRUG", "A" + String.format("%02d", i % 16), ""));
			}
			for (int i = 0; i < 100; i++) {
				kb.antibiotics.add(kb.item(sb, String.format("XJ01CAA%03dA00101010%04d", i, i), "", "", "", "", "", "", "", "DRUG",
						"J01C" + (char) ('A' + i % 6) + String.format("%02d", i % 20), i % 3 == 0 ? "1" : i % 3 == 1 ? "0.5" : "0.25"));
			}
			for (int i = 0; i < 20; i++) {
				kb.female.add(kb.item(sb, String.format("XG03DAA%03dA00101010%04d", i, i), "2", "", "", "", "", "", "", "DRUG", "G03D", ""));
				kb.paediatric.add(kb.item(sb, String.format("XR05CAP%03dA00101010%04d", i, i), "", "", "14", "", "", "", "", "DRUG", "R05C", ""));
			}
			for (int i = 0; i < 30; i++) {
				kb.diabetes.add(kb.item(sb, String.format("XA10BAD%03dA00101010%04d", i, i), "", "", "", "E10;E11;E14", "", "", "", "DRUG", "A10B", ""));
			}
			for (int i = 0; i < 200; i++) {
				kb.capped.add(kb.item(sb, String.format("XC09AAC%03dA00101010%04d", i, i), "", "", "", "", String.valueOf(20 + i % 50), "", "", "DRUG", "C09A", ""));
			}
			for (int i = 0; i < 100; i++) {
				kb.perDay.add(kb.item(sb, String.format("XN02BAN%03dA00101010%04d", i, i), "", "", "", "", "", "3", "", "DRUG", "N02B", ""));
			}
			kb.surge = kb.item(sb, "XL01XCS001A001010100001", "", "", "", "", "", "", "", "DRUG", "L01XC", "");
			String[] classes = { "EXAM", "LAB", "TREAT" };
			for (int i = 0; i < 400; i++) {
				kb.services.add(kb.item(sb, String.format("00%02d%011d", 20 + i % 60, i), "", "", "", "", "", "", "", classes[i % 3], "", ""));
			}
			for (int i = 0; i < 10; i++) {
				byte[] pkg = kb.item(sb, String.format("0091%011d", i), "", "", "", "", "", "", "", "TREAT", "", "");
				kb.packages.add(pkg);
				for (int j = 0; j < 3; j++) {
					kb.included.add(kb.item(sb, String.format("0092%011d", i * 3 + j), "", "", "", "", "", "", new String(pkg, StandardCharsets.US_ASCII), "TREAT", "", ""));
				}
			}
			for (int i = 0; i < 200; i++) {
				kb.materials.add(kb.item(sb, String.format("C0201%015d", i), "", "", "", "", "", "", "", "MATERIAL", "", ""));
			}
			for (int i = 0; i < 100; i++) {
				kb.unknown.add(String.format("ZZ%013d", i).getBytes(StandardCharsets.US_ASCII));
			}
			Files.writeString(file, sb.toString());
			kb.bedName = "床位费".getBytes(StandardCharsets.UTF_8);
			kb.nursingName = "一级护理".getBytes(StandardCharsets.UTF_8);
			kb.consultName = "普通门诊诊查费".getBytes(StandardCharsets.UTF_8);
			kb.surgeName = "注射用某靶向药".getBytes(StandardCharsets.UTF_8);
			String[] names = { "阿莫西林胶囊", "头孢呋辛酯片", "葡萄糖注射液", "血常规检查", "一次性使用输液器(带针)", "\"复方氨基酸注射液(18AA),250ml\"",
					"布洛芬缓释胶囊", "二甲双胍片", "胸部X线摄影", "静脉输液" };
			for (int i = 0; i < 100; i++) {
				String suffix = i / 10 == 0 ? "" : String.valueOf(i / 10);
				String name = i % 10 == 5 ? names[5].replace("ml\"", "ml" + suffix + "\"") : names[i % names.length] + suffix;
				kb.plainNames.add(name.getBytes(StandardCharsets.UTF_8));
			}
			return kb;
		}

		byte[] item(StringBuilder sb, String code, String... cells) {
			sb.append(code);
			for (String c : cells) {
				sb.append(',').append(c);
			}
			sb.append('\n');
			size++;
			return code.getBytes(StandardCharsets.US_ASCII);
		}

	}

	/** Writes visits and their lines, keeping exactly {@code feeLines} lines in total. */
	static final class Generator {

		final SplittableRandom r;

		final Kb kb;

		final W v, f;

		final int visits;

		final long feeLines;

		final int persons;

		final byte[] gend;

		final int[] birthYear, birthDay;

		final double[] antibioticRate = new double[INSTITUTIONS], costFactor = new double[INSTITUTIONS];

		long linesLeft;

		long sn = 1_000_000_000_000_000L;

		long visitSeq;

		Generator(SplittableRandom r, Kb kb, W v, W f, int visits, long feeLines) {
			this.r = r;
			this.kb = kb;
			this.v = v;
			this.f = f;
			this.visits = visits;
			this.feeLines = feeLines;
			this.persons = Math.max(10, visits / 3);
			gend = new byte[persons];
			birthYear = new int[persons];
			birthDay = new int[persons];
			for (int p = 0; p < persons; p++) {
				gend[p] = (byte) (r.nextInt(100) < 2 ? '9' : r.nextBoolean() ? '1' : '2');
				birthYear[p] = r.nextInt(100) < 15 ? 2011 + r.nextInt(14) : 1935 + r.nextInt(75);
				birthDay[p] = r.nextInt(365);
			}
			for (int i = 0; i < INSTITUTIONS; i++) {
				antibioticRate[i] = r.nextInt(100) < 10 ? 0.25 + r.nextDouble() * 0.05 : 0.04 + r.nextDouble() * 0.10;
				costFactor[i] = 0.9 + r.nextDouble() * 0.2;
			}
			costFactor[6] = 4.0; // an outlier in peer group G01
			linesLeft = feeLines;
		}

		void run() throws IOException {
			v.ascii("mdtrt_id,psn_no,gend,brdy,fixmedins_code,med_type,begntime,endtime,dscg_maindiag_code,medfee_sumamt\n");
			f.ascii("feedetl_sn,mdtrt_id,fee_ocur_time,hilist_code,hilist_name,list_type,cnt,pric,det_item_fee_sumamt,bilg_dr_code\n");
			int done = 0;
			while (done < visits) {
				int person = r.nextInt(persons);
				int inst = r.nextInt(100) < 80 ? person % INSTITUTIONS : r.nextInt(INSTITUTIONS);
				int kind = r.nextInt(100);
				String diag = DIAGNOSES[r.nextInt(DIAGNOSES.length)];
				if (kind < 80) {
					int day = r.nextInt(DAYS);
					int copies = r.nextInt(1000) < 2 ? 3 : 1; // 门诊频次异常: three visits on one day
					for (int c = 0; c < copies && done < visits; c++) {
						visit(person, inst, "11", day, day, diag, done++);
					}
				}
				else if (kind < 98) {
					int begin = r.nextInt(DAYS - 10);
					int stay = r.nextInt(100) < 3 ? 0 : 1 + r.nextInt(12);
					visit(person, inst, "21", begin, Math.min(DAYS - 1, begin + stay), diag, done++);
					if (r.nextInt(100) < 2 && done < visits) { // 分解住院: readmitted within 0–20 days, same category
						int again = Math.min(DAYS - 1, begin + stay + r.nextInt(21));
						visit(person, inst, "21", again, Math.min(DAYS - 1, again + 1 + r.nextInt(5)), diag.substring(0, 3) + ".800", done++);
					}
				}
				else {
					int day = r.nextInt(DAYS);
					visit(person, inst, "41", day, day, "", done++);
				}
			}
		}

		void visit(int person, int inst, String medType, int begin, int end, String diag, int index) throws IOException {
			int visitsLeft = visits - index;
			double average = (double) linesLeft / visitsLeft;
			double weight = medType.equals("21") ? 2.844 : medType.equals("11") ? 0.6 : 0.4;
			long lines = visitsLeft == 1 ? linesLeft
					: Math.max(1, Math.min(linesLeft - (visitsLeft - 1), Math.round(average * weight * (0.6 + r.nextDouble() * 0.8))));
			linesLeft -= lines;
			visitSeq++;
			byte[] id = String.format("2111%02d%02d%010d", 25, 4 + (begin >= 30 ? 1 : 0) + (begin >= 61 ? 1 : 0), visitSeq)
				.getBytes(StandardCharsets.US_ASCII);
			byte[] instCode = inst(inst).getBytes(StandardCharsets.US_ASCII);
			int beginSecond = 8 * 3600 + r.nextInt(9 * 3600);
			long cents = lines(id, instCode, inst, person, medType, begin, end, diag, lines, beginSecond);
			if (medType.equals("21")) {
				cents = Math.round(cents * costFactor[inst]);
			}
			v.bytes(id).comma().ascii(String.format("2111%012d", person)).comma().b(gend[person] == '9' ? ' ' : gend[person]).comma();
			v.date(birthYear[person], birthDay[person]).comma().bytes(instCode).comma().ascii(medType).comma();
			v.bytes(DATES[begin]).b(' ').time(beginSecond).comma();
			v.bytes(DATES[end]).b(' ').time(begin == end ? Math.min(86399, beginSecond + 1800) : 10 * 3600 + r.nextInt(3600)).comma();
			v.ascii(diag).comma().money(cents).nl();
		}

		/** Writes {@code count} lines; returns their total in cents. */
		long lines(byte[] id, byte[] instCode, int inst, int person, String medType, int begin, int end, String diag, long count,
				int beginSecond) throws IOException {
			long total = 0;
			int stay = Math.max(1, end - begin);
			long written = 0;
			boolean inpatient = medType.equals("21");
			if (inpatient) {
				boolean extraBed = r.nextInt(1000) < 5; // extra bed day billed
				for (int d = 0; d < stay && written + 2 <= count; d++) {
					total += line(id, instCode, begin + d, 7 * 3600 + 60 * r.nextInt(60), kb.bed, kb.bedName, "201",
							extraBed && d == 0 ? 2 : 1, 5000);
					total += line(id, instCode, begin + d, 7 * 3600 + 60 * r.nextInt(60), kb.nursing, kb.nursingName, "201", 1, 2400);
					written += 2;
				}
				if (r.nextInt(100) < 5 && written + 2 <= count) { // a package and an item it already includes, on one day
					int p = r.nextInt(kb.packages.size());
					int day = begin + r.nextInt(stay);
					total += line(id, instCode, day, 9 * 3600, kb.packages.get(p), kb.plainNames.get(9), "201", 1, 30000);
					total += line(id, instCode, day, 9 * 3600 + 600, kb.included.get(p * 3 + r.nextInt(3)), kb.plainNames.get(9), "201", 1, 2000);
					written += 2;
				}
			}
			else if (medType.equals("11") && written < count) {
				total += line(id, instCode, begin, beginSecond + 60, kb.consult, kb.consultName, "201", 1, 1275);
				written++;
			}
			while (written < count) {
				int day = inpatient ? begin + r.nextInt(stay) : begin;
				int second = inpatient ? 8 * 3600 + r.nextInt(12 * 3600) : Math.min(86399, beginSecond + 120 + r.nextInt(1800));
				int pick = r.nextInt(1000);
				long cnt = 1 + (r.nextInt(100) < 20 ? 1 : 0);
				byte[] code;
				byte[] name = kb.plainNames.get(r.nextInt(kb.plainNames.size()));
				String type = "101";
				long price;
				if (pick < 560) {
					if (inpatient && r.nextDouble() < antibioticRate[inst] * 2.5) {
						code = kb.antibiotics.get(r.nextInt(kb.antibiotics.size()));
						price = 800 + r.nextInt(4000);
					}
					else if (inst == 2 && day >= 61 && r.nextInt(100) < 30) { // 超常: one drug surges at one institution in June
						code = kb.surge;
						name = kb.surgeName;
						price = 80000;
					}
					else {
						code = kb.plainDrugs.get(r.nextInt(kb.plainDrugs.size()));
						type = pick < 420 ? "101" : pick < 520 ? "102" : "103";
						price = 100 + r.nextInt(6000);
					}
				}
				else if (pick < 600) {
					int special = pick - 560;
					if (special < 4) {
						code = kb.female.get(r.nextInt(kb.female.size()));
					}
					else if (special < 8) {
						code = kb.paediatric.get(r.nextInt(kb.paediatric.size()));
					}
					else if (special < 20) {
						code = kb.diabetes.get(r.nextInt(kb.diabetes.size()));
					}
					else if (special < 30) {
						code = kb.perDay.get(r.nextInt(kb.perDay.size()));
						cnt = r.nextInt(100) < 5 ? 4 : 1;
					}
					else {
						int c = r.nextInt(kb.capped.size());
						code = kb.capped.get(c);
						long cap = (20 + c % 50) * 100L;
						price = r.nextInt(1000) < 5 ? cap + 100 : cap - r.nextInt((int) cap / 2);
						total += line(id, instCode, day, second, code, name, type, cnt, price);
						written++;
						continue;
					}
					price = 200 + r.nextInt(3000);
				}
				else if (pick < 900) {
					code = kb.services.get(r.nextInt(kb.services.size()));
					type = "201";
					price = 500 + r.nextInt(20000);
				}
				else if (pick < 950) {
					code = kb.materials.get(r.nextInt(kb.materials.size()));
					type = "301";
					price = 100 + r.nextInt(5000);
				}
				else {
					code = kb.unknown.get(r.nextInt(kb.unknown.size()));
					type = "201";
					price = 100 + r.nextInt(2000);
				}
				total += line(id, instCode, day, second, code, name, type, cnt, price);
				written++;
				if (written < count && r.nextInt(1000) < 2) { // a duplicated line
					total += line(id, instCode, day, second, code, name, type, cnt, price);
					written++;
				}
			}
			return total;
		}

		long line(byte[] id, byte[] instCode, int day, int second, byte[] code, byte[] name, String type, long cnt, long priceCents)
				throws IOException {
			long amount = cnt * priceCents;
			long billed = r.nextInt(1000) < 1 ? amount + 100 : amount; // amount mismatch
			f.num(sn++).comma().bytes(id).comma().bytes(DATES[day]).b(' ').time(Math.min(86399, second)).comma().bytes(code).comma()
				.bytes(name).comma().ascii(type).comma().num(cnt).comma().price(priceCents).comma().money(billed).comma().b('D')
				.bytes(instCode, 5, instCode.length).num(second % 37).nl();
			return amount;
		}

	}

	/** A small buffered ASCII/UTF-8 writer with number formatting that allocates nothing per field. */
	static final class W implements AutoCloseable {

		final OutputStream out;

		final byte[] buf = new byte[1 << 20];

		int n;

		final byte[] digits = new byte[20];

		W(Path file) throws IOException {
			out = new FileOutputStream(file.toFile());
		}

		W b(int c) throws IOException {
			if (n == buf.length) {
				flush();
			}
			buf[n++] = (byte) c;
			return this;
		}

		W comma() throws IOException {
			return b(',');
		}

		W nl() throws IOException {
			return b('\n');
		}

		W bytes(byte[] b) throws IOException {
			return bytes(b, 0, b.length);
		}

		W bytes(byte[] b, int from, int to) throws IOException {
			if (n + (to - from) > buf.length) {
				flush();
			}
			System.arraycopy(b, from, buf, n, to - from);
			n += to - from;
			return this;
		}

		W ascii(String s) throws IOException {
			for (int i = 0; i < s.length(); i++) {
				b(s.charAt(i));
			}
			return this;
		}

		W num(long value) throws IOException {
			if (value == 0) {
				return b('0');
			}
			int k = 0;
			while (value > 0) {
				digits[k++] = (byte) ('0' + value % 10);
				value /= 10;
			}
			while (k > 0) {
				b(digits[--k]);
			}
			return this;
		}

		W two(int value) throws IOException {
			return b('0' + value / 10).b('0' + value % 10);
		}

		W money(long cents) throws IOException {
			return num(cents / 100).b('.').two((int) (cents % 100));
		}

		W price(long cents) throws IOException {
			return money(cents).b('0').b('0');
		}

		W time(int second) throws IOException {
			return two(second / 3600).b(':').two(second / 60 % 60).b(':').two(second % 60);
		}

		W date(int year, int dayOfYear) throws IOException {
			LocalDate d = LocalDate.ofYearDay(year, 1 + dayOfYear);
			return num(year).b('-').two(d.getMonthValue()).b('-').two(d.getDayOfMonth());
		}

		void flush() throws IOException {
			out.write(buf, 0, n);
			n = 0;
		}

		@Override
		public void close() throws IOException {
			flush();
			out.close();
		}

	}

}
