package org.weijian.shared.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;

/**
 * Reads an uploaded table. CSV must be UTF-8 (a BOM is allowed); a file that is not valid UTF-8 but is
 * valid GBK/GB18030 — what Excel on a Chinese Windows saves — is decoded as such and the encoding is
 * reported. Anything else is rejected with a message saying so, naming the file.
 */
public final class TableReader {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final int maxRows;

	public TableReader(int maxRows) {
		this.maxRows = maxRows;
	}

	public Table read(String filename, byte[] content, List<String> requiredHeaders) {
		if (content.length == 0) {
			throw InvalidInputException.of("file", "error.upload.empty", filename);
		}
		Table table = isZip(content) ? readXlsx(filename, content) : readCsv(filename, content);
		List<Violation> missing = new ArrayList<>();
		for (String h : requiredHeaders) {
			if (!table.headers().contains(h)) {
				missing.add(Violation.of(h, "error.upload.missing-column", h).atRow(1));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		return table;
	}

	private Table readCsv(String filename, byte[] content) {
		Decoded decoded = decode(filename, content);
		String text = decoded.text();
		char delimiter = text.lines().findFirst().map(TableReader::guessDelimiter).orElse(',');
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = null;
			List<Table.Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber();
				if (headers == null) {
					headers = record.stream().map(TableReader::cleanHeader).toList();
					continue;
				}
				if (rows.size() >= maxRows) {
					throw InvalidInputException.of("file", "error.upload.too-many-rows", maxRows);
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < headers.size(); i++) {
					cells.put(headers.get(i), i < record.size() ? record.get(i) : "");
				}
				if (record.size() > headers.size() && record.stream().skip(headers.size()).anyMatch(s -> !s.isBlank())) {
					throw new InvalidInputException(Violation.of("file", "error.upload.extra-cells", headers.size()).atRow(line));
				}
				rows.add(new Table.Row(line, cells));
			}
			if (headers == null) {
				throw InvalidInputException.of("file", "error.upload.no-header", filename);
			}
			return new Table(headers, rows, decoded.encoding());
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw InvalidInputException.of("file", "error.upload.malformed-csv", filename);
		}
	}

	private Table readXlsx(String filename, byte[] content) {
		ZipSecureFile.setMinInflateRatio(0.005);
		try (InputStream in = new ByteArrayInputStream(content); Workbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheetAt(0);
			DataFormatter fmt = new DataFormatter(Locale.ROOT);
			List<String> headers = null;
			List<Table.Row> rows = new ArrayList<>();
			for (org.apache.poi.ss.usermodel.Row r : sheet) {
				int line = r.getRowNum() + 1;
				if (headers == null) {
					headers = new ArrayList<>();
					for (int i = 0; i < r.getLastCellNum(); i++) {
						Cell c = r.getCell(i);
						headers.add(c == null ? "" : cleanHeader(fmt.formatCellValue(c)));
					}
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				boolean blank = true;
				for (int i = 0; i < headers.size(); i++) {
					Cell c = r.getCell(i);
					String v = c == null ? "" : fmt.formatCellValue(c);
					blank &= v.isBlank();
					cells.put(headers.get(i), v);
				}
				if (blank) {
					continue;
				}
				if (rows.size() >= maxRows) {
					throw InvalidInputException.of("file", "error.upload.too-many-rows", maxRows);
				}
				rows.add(new Table.Row(line, cells));
			}
			if (headers == null) {
				throw InvalidInputException.of("file", "error.upload.no-header", filename);
			}
			return new Table(List.copyOf(headers), rows, "xlsx");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException iie) {
				throw iie;
			}
			throw InvalidInputException.of("file", "error.upload.malformed-xlsx", filename);
		}
	}

	record Decoded(String text, String encoding) {
	}

	static Decoded decode(String filename, byte[] content) {
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return new Decoded(strict(StandardCharsets.UTF_8).decode(bytes).toString(), "UTF-8");
		}
		catch (CharacterCodingException notUtf8) {
			bytes = ByteBuffer.wrap(content);
			try {
				String text = strict(GB18030).decode(bytes).toString();
				if (looksLikeChineseText(text)) {
					return new Decoded(text, "GBK");
				}
			}
			catch (CharacterCodingException notGbk) {
				// fall through to the rejection below
			}
			throw InvalidInputException.of("file", "error.upload.encoding", filename);
		}
	}

	/** GB18030 decodes almost any bytes; accept only text made of printable characters. */
	private static boolean looksLikeChineseText(String text) {
		return text.codePoints().allMatch(cp -> cp == '\n' || cp == '\r' || cp == '\t' || !Character.isISOControl(cp))
				&& text.codePoints().noneMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.PRIVATE_USE_AREA);
	}

	private static java.nio.charset.CharsetDecoder strict(Charset cs) {
		return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static char guessDelimiter(String headerLine) {
		long pipes = headerLine.chars().filter(c -> c == '|').count();
		long commas = headerLine.chars().filter(c -> c == ',').count();
		long tabs = headerLine.chars().filter(c -> c == '\t').count();
		if (pipes > commas && pipes >= tabs) {
			return '|';
		}
		return tabs > commas ? '\t' : ',';
	}

	private static String cleanHeader(String h) {
		return h.replace("\uFEFF", "").strip();
	}

	private static boolean isZip(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

}
