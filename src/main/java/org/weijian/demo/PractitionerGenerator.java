package org.weijian.demo;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.weijian.shared.IdNumber;

/**
 * Generates the staff of generated institutions: names, unique valid ID numbers (GB 11643, born in the
 * institution's county between 1960 and 1999), professions in the mix of the institution's kind,
 * certificate numbers and some multi-site filings. Streams, so two million never sit in memory.
 */
final class PractitionerGenerator {

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);

	private static final int BIRTH_DAYS = 40 * 365;

	private final SplittableRandom random;

	private final BitSet usedIds = new BitSet();

	private final java.util.Map<String, Integer> countyIndex = new java.util.HashMap<>();

	private long seq;

	PractitionerGenerator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/**
	 * Emits about {@code perInstitution} practitioners per medical institution on average, spread by
	 * institution size; {@code subjects} must be in generation order. {@code scale} scales staff sizes
	 * only: pass 1 when the institutions themselves were generated at the dataset's scale (the demo
	 * step does), or the dataset scale would apply twice.
	 */
	void generate(List<SubjectSeed> subjects, double scale, Consumer<PractitionerSeed> sink) {
		List<SubjectSeed> institutions = subjects.stream().filter(SubjectSeed::institution).toList();
		for (SubjectSeed institution : institutions) {
			int n = Math.max(1, (int) Math.round(institution.staff() * scale));
			for (int i = 0; i < n; i++) {
				sink.accept(practitioner(institution, institutions));
			}
		}
	}

	/** Total practitioners {@link #generate} will emit for this scale. */
	static long count(List<SubjectSeed> subjects, double scale) {
		return subjects.stream().filter(SubjectSeed::institution).mapToLong(s -> Math.max(1, Math.round(s.staff() * scale))).sum();
	}

	private PractitionerSeed practitioner(SubjectSeed institution, List<SubjectSeed> all) {
		long n = ++seq;
		String profession = profession(institution.category());
		String[] category = category(profession, institution.category());
		String certificate = switch (profession) {
			case "PHYSICIAN" -> "1" + institution.countyCode() + String.format("%08d", n % 100_000_000);
			case "NURSE" -> "2" + String.format("%011d", n);
			case "PHARMACIST" -> "YS" + institution.countyCode() + String.format("%08d", n);
			default -> "JS" + institution.countyCode() + String.format("%08d", n);
		};
		Long filing = null;
		if ("PHYSICIAN".equals(profession) && random.nextInt(20) == 0 && all.size() > 1) {
			SubjectSeed other = all.get(random.nextInt(all.size()));
			if (other.seq() != institution.seq()) {
				filing = other.seq();
			}
		}
		return new PractitionerSeed(n, ChineseNames.person(random), idNumber(institution.countyCode()), profession,
				(2000 + random.nextInt(25)) + institution.countyCode().substring(0, 2) + String.format("%010d", n), certificate,
				category[0], category[1], institution.seq(), filing);
	}

	private String profession(String category) {
		int r = random.nextInt(100);
		return switch (category) {
			case "VILLAGE_CLINIC" -> "PHYSICIAN";
			case "CLINIC", "INFIRMARY", "OUTPATIENT_DEPARTMENT" -> r < 60 ? "PHYSICIAN" : r < 92 ? "NURSE" : "PHARMACIST";
			case "MEDICAL_LABORATORY", "BLOOD_STATION" -> r < 20 ? "PHYSICIAN" : r < 40 ? "NURSE" : "TECHNICIAN";
			default -> r < 35 ? "PHYSICIAN" : r < 83 ? "NURSE" : r < 90 ? "PHARMACIST" : "TECHNICIAN";
		};
	}

	private String[] category(String profession, String institutionCategory) {
		return switch (profession) {
			case "PHYSICIAN" -> {
				if (institutionCategory.equals("TCM_HOSPITAL") || random.nextInt(10) == 0) {
					yield new String[] { "中医", "中医专业" };
				}
				if (institutionCategory.equals("CDC")) {
					yield new String[] { "公共卫生", "公共卫生类别专业" };
				}
				if (random.nextInt(12) == 0) {
					yield new String[] { "口腔", "口腔专业" };
				}
				yield new String[] { "临床",
						List.of("内科专业", "外科专业", "妇产科专业", "儿科专业", "全科医学专业", "医学影像和放射治疗专业", "急救医学专业")
							.get(random.nextInt(7)) };
			}
			case "NURSE" -> new String[] { "护士", null };
			case "PHARMACIST" -> new String[] { random.nextInt(3) == 0 ? "中药学" : "药学", null };
			default -> new String[] { List.of("临床医学检验技术", "放射医学技术", "康复医学治疗技术").get(random.nextInt(3)), null };
		};
	}

	/** A valid ID number, unique within this generator: birth county, date and sequence never repeat. */
	private String idNumber(String county) {
		while (true) {
			int day = random.nextInt(BIRTH_DAYS);
			int sequence = random.nextInt(1000);
			int slot = Math.toIntExact(((long) countyIndex.computeIfAbsent(county, c -> countyIndex.size()) * BIRTH_DAYS + day) * 1000 + sequence);
			if (usedIds.get(slot)) {
				continue;
			}
			usedIds.set(slot);
			String birth = FIRST_BIRTH.plusDays(day).toString().replace("-", "");
			return IdNumber.withCheckCharacter(county + birth + String.format("%03d", sequence));
		}
	}

}
