package org.weijian.monitoring.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.monitoring.engine.ClaimsDataset;
import org.weijian.region.Regions;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * 数据集 — monitoring datasets (ADR 0043). An upload is streamed into {@code weijian.monitoring.storage-dir} under fixed
 * names; a server path is registered in place, only below a configured import root (canonical paths, so neither
 * {@code ..} nor a symbolic link leads out). Either way the size and SHA-256 are recorded. A dataset belongs to a
 * region: outside the caller's scope it answers 404 on read and 403 on write. Audited.
 */
@Service
public class Datasets {

	static final String ENTITY = "monitoring-dataset";

	/** The file roles in their fixed order, with the stored name of an upload and the pattern of a server path. */
	enum Role {

		VISITS("visitsFile", "mdtrt_d.csv", "mdtrt_d*.csv"), FEES("feesFile", "fee_list_d.csv", "fee_list_d*.csv"),
		KB("kbFile", "hilist_kb.csv", "hilist_kb*.csv"), PEERS("peersFile", "peers.csv", "peers*.csv");

		final String field;

		final String storedName;

		final String glob;

		Role(String field, String storedName, String glob) {
			this.field = field;
			this.storedName = storedName;
			this.glob = glob;
		}

		String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private static final Logger log = LoggerFactory.getLogger(Datasets.class);

	private final DatasetStore store;

	private final MonitoringProperties props;

	private final Regions regions;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	Datasets(DatasetStore store, MonitoringProperties props, Regions regions, CurrentUsers currentUsers, AuditTrail audit,
			TransactionTemplate tx, Clock clock) {
		this.store = store;
		this.props = props;
		this.regions = regions;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** The dataset if it lies in the caller's scope; 404 otherwise. */
	public DatasetView get(long id) {
		return store.byId(id)
			.map(DatasetStore.Row::view)
			.filter(d -> currentUsers.scope().coversRegion(d.regionCode()))
			.orElseThrow(() -> new NotFoundException("error.monitoring.dataset.not-found", id));
	}

	/** The dataset for a change (a run): 404 when it does not exist, 403 outside the caller's scope. */
	public DatasetView writable(long id) {
		DatasetView view = store.byId(id).map(DatasetStore.Row::view)
			.orElseThrow(() -> new NotFoundException("error.monitoring.dataset.not-found", id));
		if (!currentUsers.scope().coversRegion(view.regionCode())) {
			throw new AccessDeniedToScopeException();
		}
		return view;
	}

	/** The dataset whatever the caller's scope: for the run worker, never for a user's eyes. */
	public Optional<DatasetView> findForSystem(long id) {
		return store.byId(id).map(DatasetStore.Row::view);
	}

	/** Datasets in the caller's scope, newest first. */
	public PageResult<DatasetView> page(PageQuery query) {
		String pattern = currentUsers.scope().regionPattern();
		return PageResult.of(store.page(pattern, query.size(), query.offset()), query, store.count(pattern));
	}

	/** The extract files of the dataset for the engine (system use: the run worker). */
	public ClaimsDataset files(long id) {
		DatasetStore.Row row = store.byId(id).orElseThrow(() -> new NotFoundException("error.monitoring.dataset.not-found", id));
		Path dir = Path.of(row.directory());
		DatasetView v = row.view();
		return new ClaimsDataset(dir.resolve(v.visitsFile()), dir.resolve(v.feesFile()), dir.resolve(v.kbFile()),
				v.peersFile() == null ? null : dir.resolve(v.peersFile()));
	}

	/** The directory the files are in, for shortening the engine's messages to file names (system use). */
	public String directory(long id) {
		return store.byId(id).orElseThrow(() -> new NotFoundException("error.monitoring.dataset.not-found", id)).directory();
	}

	/** Whether the files still have the recorded digest (a server-path dataset may have been changed in place). */
	public boolean unchanged(long id) {
		DatasetView v = store.byId(id).orElseThrow().view();
		ClaimsDataset files = files(id);
		List<String> roles = new ArrayList<>(List.of(Role.VISITS.key(), Role.FEES.key(), Role.KB.key()));
		List<Path> paths = new ArrayList<>(List.of(files.visits(), files.fees(), files.knowledgeBase()));
		if (files.peers() != null) {
			roles.add(Role.PEERS.key());
			paths.add(files.peers());
		}
		try {
			List<FileDigests.Digest> digests = new ArrayList<>();
			for (Path p : paths) {
				digests.add(FileDigests.of(p));
			}
			return FileDigests.manifest(roles, digests).equals(v.contentSha256());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Uploads a dataset: the three extract files (and optionally the peer groups) are streamed into a new directory of
	 * the storage directory under fixed names. {@code regionCode} blank means the caller's region.
	 */
	public DatasetView upload(@Nullable String name, @Nullable String regionCode, @Nullable DatasetFile visits,
			@Nullable DatasetFile fees, @Nullable DatasetFile kb, @Nullable DatasetFile peers) {
		Violations v = new Violations();
		String title = v.text("name", name, 200, true);
		String region = region(regionCode, v);
		Map<Role, DatasetFile> files = new LinkedHashMap<>();
		put(files, Role.VISITS, visits, v, true);
		put(files, Role.FEES, fees, v, true);
		put(files, Role.KB, kb, v, true);
		put(files, Role.PEERS, peers, v, false);
		v.throwIfAny();
		requireScope(region);
		Path dir = Path.of(props.storageDir()).toAbsolutePath().resolve("datasets").resolve(UUID.randomUUID().toString());
		try {
			Files.createDirectories(dir);
			List<String> roles = new ArrayList<>();
			List<FileDigests.Digest> digests = new ArrayList<>();
			StringBuilder originals = new StringBuilder();
			for (Map.Entry<Role, DatasetFile> e : files.entrySet()) {
				FileDigests.Digest d;
				try (InputStream in = e.getValue().open()) {
					d = FileDigests.copy(in, dir.resolve(e.getKey().storedName));
				}
				if (d.bytes() == 0) {
					v.add(e.getKey().key(), "error.monitoring.dataset.empty-file");
				}
				roles.add(e.getKey().key());
				digests.add(d);
				originals.append(originals.isEmpty() ? "" : "; ").append(e.getKey().key()).append('=').append(clean(e.getValue().originalName()));
			}
			v.throwIfAny();
			Map<Role, String> names = new LinkedHashMap<>();
			files.keySet().forEach(r -> names.put(r, r.storedName));
			return save(title, region, DatasetSource.UPLOAD, dir, names, originals.toString(), roles, digests);
		}
		catch (IOException ex) {
			delete(dir);
			throw new UncheckedIOException("cannot store the uploaded dataset", ex);
		}
		catch (RuntimeException ex) {
			delete(dir);
			throw ex;
		}
	}

	/** Registers a dataset in place from a directory below one of the configured import roots (ADR 0043). */
	public DatasetView register(ServerPathRequest request) {
		Violations v = new Violations();
		String title = v.text("name", request.name(), 200, true);
		String region = region(request.regionCode(), v);
		String directory = v.text("directory", request.directory(), 1000, true);
		v.throwIfAny();
		if (props.importRoots().isEmpty()) {
			v.add("directory", "error.monitoring.dataset.server-path-off");
			v.throwIfAny();
		}
		requireScope(region);
		Path dir = canonical(directory, v);
		v.throwIfAny();
		Path root = rootOf(dir);
		if (root == null || !Files.isDirectory(dir)) {
			v.add("directory", root == null ? "error.monitoring.dataset.path-outside" : "error.monitoring.dataset.not-a-directory");
			v.throwIfAny();
		}
		Map<Role, String> names = new LinkedHashMap<>();
		find(dir, root, Role.VISITS, request.visitsFile(), true, names, v);
		find(dir, root, Role.FEES, request.feesFile(), true, names, v);
		find(dir, root, Role.KB, request.kbFile(), true, names, v);
		find(dir, root, Role.PEERS, request.peersFile(), false, names, v);
		v.throwIfAny();
		List<String> roles = new ArrayList<>();
		List<FileDigests.Digest> digests = new ArrayList<>();
		try {
			for (Map.Entry<Role, String> e : names.entrySet()) {
				FileDigests.Digest d = FileDigests.of(dir.resolve(e.getValue()));
				if (d.bytes() == 0) {
					v.add(e.getKey().field, "error.monitoring.dataset.empty-file");
				}
				roles.add(e.getKey().key());
				digests.add(d);
			}
		}
		catch (IOException ex) {
			v.add("directory", "error.monitoring.dataset.unreadable");
		}
		v.throwIfAny();
		return save(title, region, DatasetSource.SERVER_PATH, dir, names, "", roles, digests);
	}

	private DatasetView save(String title, String region, DatasetSource source, Path dir, Map<Role, String> names, String originals,
			List<String> roles, List<FileDigests.Digest> digests) {
		long total = digests.stream().mapToLong(FileDigests.Digest::bytes).sum();
		String sha = FileDigests.manifest(roles, digests);
		return tx.execute(status -> {
			long id = store.insert(title, region, source, dir.toString(), names.get(Role.VISITS), names.get(Role.FEES), names.get(Role.KB),
					names.get(Role.PEERS), originals, total, sha, currentUsers.actorName(), clock.instant());
			DatasetView created = store.byId(id).orElseThrow().view();
			audit.record("monitoring.dataset.created", ENTITY, String.valueOf(id), region, null, created);
			return created;
		});
	}

	private String region(@Nullable String regionCode, Violations v) {
		DataScope scope = currentUsers.scope();
		String code = regionCode == null || regionCode.isBlank() ? scope.regionCode() : regionCode.strip();
		if (code == null) {
			v.add("regionCode", "error.field.required");
			return "";
		}
		if (!regions.exists(code)) {
			v.add("regionCode", "error.monitoring.dataset.region-unknown", code);
		}
		return code;
	}

	private void requireScope(String region) {
		if (!currentUsers.scope().coversRegion(region)) {
			throw new AccessDeniedToScopeException();
		}
	}

	private static void put(Map<Role, DatasetFile> files, Role role, @Nullable DatasetFile file, Violations v, boolean required) {
		if (file == null) {
			if (required) {
				v.add(role.key(), "error.field.required");
			}
			return;
		}
		files.put(role, file);
	}

	private static @Nullable Path canonical(String directory, Violations v) {
		try {
			Path path = Path.of(directory);
			if (!path.isAbsolute()) {
				v.add("directory", "error.monitoring.dataset.path-absolute");
				return null;
			}
			if (!Files.exists(path)) {
				v.add("directory", "error.monitoring.dataset.not-a-directory");
				return null;
			}
			return path.toRealPath();
		}
		catch (InvalidPathException | IOException ex) {
			v.add("directory", "error.monitoring.dataset.not-a-directory");
			return null;
		}
	}

	/** The import root (canonical) that contains the canonical path, or null. */
	private @Nullable Path rootOf(Path canonical) {
		for (String r : props.importRoots()) {
			try {
				Path root = Path.of(r).toAbsolutePath().toRealPath();
				if (canonical.startsWith(root)) {
					return root;
				}
			}
			catch (IOException | InvalidPathException ex) {
				log.warn("Claims monitoring: import root {} cannot be resolved ({})", r, ex.getMessage());
			}
		}
		return null;
	}

	private static void find(Path dir, Path root, Role role, @Nullable String chosen, boolean required, Map<Role, String> names,
			Violations v) {
		List<Path> candidates = new ArrayList<>();
		if (chosen != null && !chosen.isBlank()) {
			String name = chosen.strip();
			if (name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
				v.add(role.field, "error.monitoring.dataset.plain-file-name");
				return;
			}
			candidates.add(dir.resolve(name));
		}
		else {
			try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, role.glob)) {
				matches.forEach(candidates::add);
			}
			catch (IOException ex) {
				v.add("directory", "error.monitoring.dataset.unreadable");
				return;
			}
		}
		candidates.sort(Comparator.naturalOrder());
		if (candidates.isEmpty() || chosen != null && !chosen.isBlank() && !Files.exists(candidates.get(0))) {
			if (required || chosen != null && !chosen.isBlank()) {
				v.add(role.field, "error.monitoring.dataset.file-missing", role.glob);
			}
			return;
		}
		if (candidates.size() > 1) {
			v.add(role.field, "error.monitoring.dataset.file-ambiguous", role.glob);
			return;
		}
		Path file = candidates.get(0);
		try {
			Path real = file.toRealPath();
			if (!real.startsWith(root) || !Files.isRegularFile(real)) {
				v.add(role.field, "error.monitoring.dataset.path-outside");
				return;
			}
		}
		catch (IOException ex) {
			v.add(role.field, "error.monitoring.dataset.unreadable");
			return;
		}
		names.put(role, file.getFileName().toString());
	}

	private static String clean(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return base.length() > 200 ? base.substring(0, 200) : base;
	}

	private static void delete(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			log.warn("Claims monitoring: could not remove {}", dir, ex);
		}
	}

	static Stream<Role> roles() {
		return Stream.of(Role.values());
	}

}
