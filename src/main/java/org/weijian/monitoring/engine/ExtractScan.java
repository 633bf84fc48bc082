package org.weijian.monitoring.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One pass over an extract file's bytes: checks that every byte sequence is UTF-8 (reporting the line, character column
 * and byte offset of the first one that is not, and whether the text there reads as GBK, the usual export encoding),
 * and records on which physical line each record starts, so that problems are reported at the line an editor shows
 * even after a quoted field that spans lines. Blank lines outside quotes are not records (the CSV reader skips them).
 * The engine runs it beside the database's own reading of the file.
 */
final class ExtractScan {

	private static final Charset GBK = Charset.forName("GBK");

	private static final int HEADER_LIMIT = 1 << 16;

	private final long records;

	private final boolean idMayRepeat;

	/** Sparse map record → line: from record {@code changeAt[i]} on, line = record + 2 + {@code offset[i]}. */
	private final long[] changeAt;

	private final long[] offset;

	private ExtractScan(long records, boolean idMayRepeat, long[] changeAt, long[] offset) {
		this.records = records;
		this.idMayRepeat = idMayRepeat;
		this.changeAt = changeAt;
		this.offset = offset;
	}

	/** Data records (header and blank lines not counted). */
	long records() {
		return records;
	}

	/**
	 * Whether two records may share an id: false when the 64-bit hashes of the id fields (quote characters left out)
	 * are all different, so that the exact duplicate check can be left out.
	 */
	boolean idMayRepeat() {
		return idMayRepeat;
	}

	/** The physical line (header = line 1) on which data record {@code record} (0-based, file order) starts. */
	long lineOf(long record) {
		int i = Arrays.binarySearch(changeAt, record);
		if (i < 0) {
			i = -i - 2;
		}
		return record + 2 + (i < 0 ? 0 : offset[i]);
	}

	/**
	 * The header row (first line, without byte-order mark or line end).
	 * @throws ClaimsInputException when the file is empty or its first line is not UTF-8 (then located by a full scan)
	 */
	static String header(Path file) {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(HEADER_LIMIT);
		}
		catch (IOException ex) {
			throw new ClaimsInputException(file.getFileName() + ": cannot read (" + ex.getMessage() + ")", ex);
		}
		int end = 0;
		while (end < bytes.length && bytes[end] != '\n') {
			end++;
		}
		String header;
		try {
			header = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, end))
				.toString();
		}
		catch (CharacterCodingException ex) {
			of(file); // throws with the position
			throw new ClaimsInputException(file.getFileName() + " line 1: not UTF-8; convert the file to UTF-8");
		}
		if (header.startsWith("\uFEFF")) {
			header = header.substring(1);
		}
		if (header.endsWith("\r")) {
			header = header.substring(0, header.length() - 1);
		}
		if (header.isBlank()) {
			throw new ClaimsInputException(file.getFileName() + " line 1: no header row");
		}
		return header;
	}

	static ExtractScan of(Path file) {
		return of(file, ',', -1);
	}

	/** Scans {@code file}, hashing field {@code idField} (0-based, -1 for none) of each record. */
	static ExtractScan of(Path file, char delimiter, int idField) {
		try (InputStream in = Files.newInputStream(file)) {
			return scan(file, in, delimiter, idField);
		}
		catch (IOException ex) {
			throw new ClaimsInputException(file.getFileName() + ": cannot read (" + ex.getMessage() + ")", ex);
		}
	}

	private static ExtractScan scan(Path file, InputStream in, char delimiter, int idField) throws IOException {
		LongSet ids = new LongSet();
		int field = 0;
		long hash = FNV;
		boolean hashed = false;
		byte[] buf = new byte[1 << 20];
		long[] changeAt = new long[16];
		long[] offset = new long[16];
		int changes = 0;
		long lastOffset = 0;
		long position = 0;
		long line = 1;
		long charsInLine = 0;
		long lastAscii = -1;
		long record = -2; // the header is record -1
		boolean inQuote = false;
		boolean pending = true;
		int need = 0;
		int low = 0x80;
		int high = 0xBF;
		long sequenceStart = 0;
		long sequenceChar = 0;
		int n;
		while ((n = in.read(buf)) > 0) {
			for (int i = 0; i < n; i++) {
				int b = buf[i];
				if (field == idField && b != '"' && b != '\r' && (b != '\n' && b != delimiter || inQuote)) {
					hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
					hashed = true;
				}
				if (b >= 0 && need == 0) {
					if (b == '\n') {
						if (!inQuote) {
							pending = true;
							if (hashed && record >= 0) {
								ids.add(hash);
							}
							field = 0;
							hash = FNV;
							hashed = false;
						}
						line++;
						charsInLine = 0;
					}
					else {
						charsInLine++;
						if (b == '"') {
							inQuote = !inQuote;
						}
						else if (b == delimiter && !inQuote) {
							field++;
						}
						if (pending && b != '\r') {
							pending = false;
							record++;
							long off = line - (record + 2);
							if (record >= 0 && off != lastOffset) {
								if (changes == changeAt.length) {
									changeAt = Arrays.copyOf(changeAt, changes * 2);
									offset = Arrays.copyOf(offset, changes * 2);
								}
								changeAt[changes] = record;
								offset[changes++] = off;
								lastOffset = off;
							}
						}
					}
					lastAscii = position + i;
					continue;
				}
				int u = b & 0xFF;
				if (need > 0) {
					if (u < low || u > high) {
						throw notUtf8(file, line, sequenceChar, sequenceStart, lastAscii);
					}
					low = 0x80;
					high = 0xBF;
					need--;
					continue;
				}
				sequenceStart = position + i;
				sequenceChar = ++charsInLine;
				if (u >= 0xC2 && u <= 0xDF) {
					need = 1;
				}
				else if (u >= 0xE0 && u <= 0xEF) {
					need = 2;
					low = u == 0xE0 ? 0xA0 : 0x80;
					high = u == 0xED ? 0x9F : 0xBF;
				}
				else if (u >= 0xF0 && u <= 0xF4) {
					need = 3;
					low = u == 0xF0 ? 0x90 : 0x80;
					high = u == 0xF4 ? 0x8F : 0xBF;
				}
				else {
					throw notUtf8(file, line, sequenceChar, sequenceStart, lastAscii);
				}
				if (pending) {
					pending = false;
					record++;
					long off = line - (record + 2);
					if (record >= 0 && off != lastOffset) {
						if (changes == changeAt.length) {
							changeAt = Arrays.copyOf(changeAt, changes * 2);
							offset = Arrays.copyOf(offset, changes * 2);
						}
						changeAt[changes] = record;
						offset[changes++] = off;
						lastOffset = off;
					}
				}
			}
			position += n;
		}
		if (need > 0) {
			throw notUtf8(file, line, sequenceChar, sequenceStart, lastAscii);
		}
		if (record < -1) {
			throw new ClaimsInputException(file.getFileName() + " line 1: no header row");
		}
		if (hashed && record >= 0) {
			ids.add(hash);
		}
		return new ExtractScan(record + 1, ids.repeated, Arrays.copyOf(changeAt, changes), Arrays.copyOf(offset, changes));
	}

	private static final long FNV = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	/**
	 * The cheap pass of a clean extract: true when every byte sequence of {@code file} is UTF-8 and no two records' id
	 * field {@code idField} (0-based, -1 for none; quote characters left out) hash alike. Lines are not tracked: when it
	 * says false, the engine's checking load runs the full {@link #of(Path, char, int) scan}, which locates the problem.
	 */
	static boolean utf8WithUniqueIds(Path file, char delimiter, int idField) {
		try (InputStream in = Files.newInputStream(file)) {
			long[] ids = new long[1 << 16];
			int count = 0;
			byte[] buf = new byte[1 << 20];
			boolean header = true;
			boolean inQuote = false;
			int field = 0;
			long hash = FNV;
			boolean hashed = false;
			int need = 0;
			int low = 0x80;
			int high = 0xBF;
			int n;
			byte[] special = new byte[256]; // 0 = an ASCII byte of no meaning to the record structure: the fast case
			special['"'] = 1;
			special[delimiter] = 1;
			special['\n'] = 1;
			special['\r'] = 1;
			Arrays.fill(special, 0x80, 0x100, (byte) 1);
			while ((n = in.read(buf)) > 0) {
				for (int i = 0; i < n; i++) {
					int b = buf[i];
					if (special[b & 0xFF] == 0 && need == 0) {
						if (field == idField) {
							hash = (hash ^ b) * FNV_PRIME;
							hashed = true;
						}
						continue;
					}
					if (b < 0) {
						int u = b & 0xFF;
						if (need > 0) {
							if (u < low || u > high) {
								return false;
							}
							low = 0x80;
							high = 0xBF;
							need--;
						}
						else if (u >= 0xC2 && u <= 0xDF) {
							need = 1;
						}
						else if (u >= 0xE0 && u <= 0xEF) {
							need = 2;
							low = u == 0xE0 ? 0xA0 : 0x80;
							high = u == 0xED ? 0x9F : 0xBF;
						}
						else if (u >= 0xF0 && u <= 0xF4) {
							need = 3;
							low = u == 0xF0 ? 0x90 : 0x80;
							high = u == 0xF4 ? 0x8F : 0xBF;
						}
						else {
							return false;
						}
					}
					else if (need > 0) {
						return false;
					}
					else if (b == '"') {
						inQuote = !inQuote;
						continue;
					}
					else if (!inQuote) {
						if (b == delimiter) {
							field++;
							continue;
						}
						if (b == '\n') {
							if (hashed && !header) {
								if (count == ids.length) {
									ids = Arrays.copyOf(ids, count * 2);
								}
								ids[count++] = hash;
							}
							header = false;
							field = 0;
							hash = FNV;
							hashed = false;
							continue;
						}
						if (b == '\r') {
							continue;
						}
					}
					if (field == idField) {
						hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
						hashed = true;
					}
				}
			}
			if (hashed && !header) {
				ids = Arrays.copyOf(ids, count + 1);
				ids[count++] = hash;
			}
			if (need > 0) {
				return false;
			}
			// sorted rather than put in a hash set: sequential memory access, several times faster at 10 M ids
			Arrays.sort(ids, 0, count);
			for (int i = 1; i < count; i++) {
				if (ids[i] == ids[i - 1]) {
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			return false; // the checking load reports it
		}
	}

	/** An open-addressing set of 64-bit hashes that notes whether one was added twice. */
	private static final class LongSet {

		private long[] slots = new long[1 << 16];

		private int size;

		private boolean zero;

		boolean repeated;

		void add(long hash) {
			long h = hash ^ (hash >>> 29);
			if (h == 0) {
				repeated |= zero;
				zero = true;
				return;
			}
			int mask = slots.length - 1;
			int i = (int) (h * 0x9E3779B97F4A7C15L >>> 32) & mask;
			while (slots[i] != 0) {
				if (slots[i] == h) {
					repeated = true;
					return;
				}
				i = (i + 1) & mask;
			}
			slots[i] = h;
			if (++size * 2 > slots.length) {
				grow();
			}
		}

		private void grow() {
			long[] old = slots;
			slots = new long[old.length * 2];
			int mask = slots.length - 1;
			for (long h : old) {
				if (h != 0) {
					int i = (int) (h * 0x9E3779B97F4A7C15L >>> 32) & mask;
					while (slots[i] != 0) {
						i = (i + 1) & mask;
					}
					slots[i] = h;
				}
			}
		}

	}

	private static ClaimsInputException notUtf8(Path file, long line, long column, long byteOffset, long lastAscii)
			throws IOException {
		String where = file.getFileName() + " line " + line + " column " + column + " (byte " + (byteOffset + 1) + ")";
		String gbk = gbkReading(file, lastAscii + 1);
		return new ClaimsInputException(where + ": not UTF-8" + (gbk == null ? "" : "; it looks like GBK: '" + gbk + "'")
				+ "; convert the file to UTF-8");
	}

	/**
	 * The rest of the line, from the first non-ASCII byte before the bad one (a GBK pair can also pass for UTF-8), as GBK
	 * text (shortened), or null when it does not decode as GBK.
	 */
	private static String gbkReading(Path file, long start) throws IOException {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(start);
			bytes = in.readNBytes(4096);
		}
		int end = 0;
		while (end < bytes.length && bytes[end] != '\n') {
			end++;
		}
		int cut = end;
		while (cut > 0 && bytes[cut - 1] == '\r') {
			cut--;
		}
		try {
			String text = GBK.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, end == bytes.length ? trimPartial(bytes, end) : cut))
				.toString()
				.strip();
			if (text.chars().noneMatch(c -> c > 0x7F)) {
				return null;
			}
			return text.length() > 30 ? text.substring(0, 30) + "…" : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** A 4096-byte window may end inside a two-byte GBK character: drop a trailing lead byte. */
	private static int trimPartial(byte[] bytes, int end) {
		int lead = 0;
		for (int i = 0; i < end; i++) {
			if (lead > 0) {
				lead = 0;
			}
			else if ((bytes[i] & 0xFF) >= 0x81) {
				lead = 1;
			}
		}
		return lead > 0 ? end - 1 : end;
	}

}
