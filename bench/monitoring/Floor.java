import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The I/O and parsing floor of the claims benchmark: DuckDB reads both extract files once with the engine's CSV
 * options (header, every column as text, RFC 4180 quotes) and does one plain aggregation — the amounts summed as exact
 * decimals, grouped by {@code list_type} and by {@code med_type} — under the same memory limit and threads as the engine.
 *   java -cp duckdb_jdbc.jar bench/monitoring/Floor.java DATA_DIR
 * with -Dweijian.monitoring.memory-limit (4GB) and -Dweijian.monitoring.threads (available processors).
 */
public class Floor {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]).toAbsolutePath();
		String memory = System.getProperty("weijian.monitoring.memory-limit", "4GB");
		int threads = Integer.getInteger("weijian.monitoring.threads", Runtime.getRuntime().availableProcessors());
		long start = System.nanoTime();
		try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
			st.execute("SET memory_limit = '" + memory + "'");
			st.execute("SET threads = " + threads);
			long fees = sum(st, "SELECT list_type AS k, SUM(CAST(det_item_fee_sumamt AS DECIMAL(18, 4))) AS s, COUNT(*) AS n FROM "
					+ csv(dir.resolve("fee_list_d.csv"), "feedetl_sn,mdtrt_id,fee_ocur_time,hilist_code,hilist_name,list_type,cnt,pric,det_item_fee_sumamt,bilg_dr_code")
					+ " GROUP BY list_type ORDER BY 1");
			long visits = sum(st, "SELECT med_type AS k, SUM(CAST(medfee_sumamt AS DECIMAL(18, 4))) AS s, COUNT(*) AS n FROM "
					+ csv(dir.resolve("mdtrt_d.csv"), "mdtrt_id,psn_no,gend,brdy,fixmedins_code,med_type,begntime,endtime,dscg_maindiag_code,medfee_sumamt")
					+ " GROUP BY med_type ORDER BY 1");
			System.out.printf("floor: %d fee lines and %d visits read and summed in %.2f s (DuckDB, memory_limit %s, threads %d)%n", fees,
					visits, (System.nanoTime() - start) / 1e9, memory, threads);
		}
	}

	static long sum(Statement st, String sql) throws Exception {
		long rows = 0;
		try (ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				rows += rs.getLong(3);
				System.out.println("  " + rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString() + " (" + rs.getLong(3) + " rows)");
			}
		}
		return rows;
	}

	static String csv(Path file, String columns) {
		StringBuilder types = new StringBuilder();
		for (String c : columns.split(",")) {
			types.append(types.isEmpty() ? "" : ", ").append('\'').append(c).append("': 'VARCHAR'");
		}
		return "read_csv('" + file + "', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = {" + types + "})";
	}

}
