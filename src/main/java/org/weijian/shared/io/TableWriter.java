package org.weijian.shared.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as CSV (UTF-8 with a BOM, so Excel opens Chinese text correctly) or as .xlsx, in the
 * same column layout the importers read, so an export can be edited and imported back.
 */
public final class TableWriter {

	public enum Format {

		CSV("text/csv;charset=UTF-8", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

		public final String contentType;

		public final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public static Format parse(String raw) {
			for (Format f : values()) {
				if (f.extension.equalsIgnoreCase(raw)) {
					return f;
				}
			}
			throw org.weijian.shared.error.InvalidInputException.of("format", "error.export.format", raw);
		}

	}

	private TableWriter() {
	}

	public static void write(Format format, List<String> headers, Iterable<List<String>> rows, OutputStream out) {
		try {
			if (format == Format.CSV) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
				Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().get())) {
					printer.printRecord(headers);
					for (List<String> row : rows) {
						printer.printRecord(row);
					}
				}
			}
			else {
				try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
					Sheet sheet = wb.createSheet("data");
					Row header = sheet.createRow(0);
					for (int i = 0; i < headers.size(); i++) {
						header.createCell(i).setCellValue(headers.get(i));
					}
					int r = 1;
					for (List<String> row : rows) {
						Row x = sheet.createRow(r++);
						for (int i = 0; i < row.size(); i++) {
							x.createCell(i).setCellValue(row.get(i) == null ? "" : row.get(i));
						}
					}
					wb.write(out);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] toBytes(Format format, List<String> headers, Iterable<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(format, headers, rows, out);
		return out.toByteArray();
	}

}
