package org.spinerad.store.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.spinerad.model.Report;
import org.spinerad.model.io.Workspace;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.model.query.Reports;
import org.spinerad.store.Actor;
import org.spinerad.store.AuditEntry;
import org.spinerad.store.Claim;
import org.spinerad.store.ClaimedException;
import org.spinerad.store.ConflictException;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.Revision;
import org.spinerad.store.StoreChange;
import org.spinerad.store.StoreException;

/**
 * The embedded default store: one XMI file per report under {@code reports/},
 * autosave drafts under {@code drafts/}, every saved version under
 * {@code history/}, all written atomically. The folder is the system property
 * {@code spinerad.store}, else {@code store/} in the workspace. Claims are kept
 * in memory: a folder store serves one workstation.
 */
@Component(service = ReportStore.class, property = "service.ranking:Integer=0")
public final class FileReportStore implements ReportStore {

	private static final System.Logger LOG = System.getLogger(FileReportStore.class.getName());
	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
	private static final String EXTENSION = ".xmi";

	private Path root;
	private FileHistory history;
	private final LocalClaims claims = new LocalClaims();
	private final Listeners listeners = new Listeners();
	private AuditFile audit;

	/** For Declarative Services. */
	public FileReportStore() {
	}

	/** A store in a given folder (for tools and tests). */
	public FileReportStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.history = new FileHistory(this.root);
		this.audit = new AuditFile(this.root);
	}

	@Activate
	void activate(Map<String, Object> properties) {
		root = defaultLocation();
		history = new FileHistory(root);
		audit = new AuditFile(root);
	}

	static Path defaultLocation() {
		return Workspace.folder("spinerad.store", "store");
	}

	@Override
	public Path location() {
		return root;
	}

	private Path reports() {
		return root.resolve("reports");
	}

	private Path drafts() {
		return root.resolve("drafts");
	}

	private static String checkId(String id) throws StoreException {
		if (id == null || !SAFE_ID.matcher(id).matches()) {
			throw new StoreException("'" + id + "' is not a valid report id; ids use letters, digits, '.', '_' and '-'");
		}
		return id;
	}

	@Override
	public List<ReportSummary> list() throws StoreException {
		return summaries(reports());
	}

	private List<ReportSummary> summaries(Path folder) throws StoreException {
		List<ReportSummary> result = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return result;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
			for (Path file : files) {
				try {
					result.add(SummaryReader.read(file));
				} catch (IOException e) {
					LOG.log(Level.WARNING, "Skipping unreadable report file " + file.getFileName() + ": "
							+ e.getClass().getSimpleName());
				}
			}
		} catch (IOException e) {
			throw new StoreException("The report folder " + folder + " cannot be listed: " + e.getMessage(), e);
		}
		result.sort(Comparator.comparing((ReportSummary s) -> s.modifiedAt() == null ? new Date(0) : s.modifiedAt())
				.reversed());
		return result;
	}

	@Override
	public Report load(String id) throws StoreException {
		return read(reports().resolve(checkId(id) + EXTENSION));
	}

	private static Report read(Path file) throws StoreException {
		try {
			return ReportIO.read(file);
		} catch (ReportIOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	@Override
	public void save(Report report) throws StoreException {
		save(report, Revision.ANY, Actor.system());
	}

	@Override
	public Revision save(Report report, long expectedVersion, Actor actor) throws StoreException {
		String id = checkId(report.getId());
		Claim held = claims.live(id);
		if (held != null && !LocalClaims.sameWorkstation(held, actor)) {
			throw new ClaimedException(held);
		}
		byte[] bytes = StoreFiles.bytes(report);
		Path file = reports().resolve(id + EXTENSION);
		Revision saved = history.locked(() -> {
			Revision current = revision(id);
			long have = current == null ? Revision.NEW : current.version();
			if (expectedVersion != Revision.ANY && expectedVersion != have) {
				throw new ConflictException(id, expectedVersion, current);
			}
			if (current != null && history.kept(id).isEmpty()) {
				history.append(id, current, StoreFiles.read(file));
			}
			Revision next = new Revision(have + 1, actor, Instant.now());
			history.append(id, next, bytes);
			StoreFiles.write(file, bytes);
			return next;
		});
		try {
			Files.deleteIfExists(drafts().resolve(id + EXTENSION));
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Could not remove the draft of report " + id + ": " + e.getMessage());
		}
		if (Reports.isSigned(report)) {
			claims.drop(id);
		}
		audit.append(id, action(report), actor, "version " + saved.version());
		listeners.fire(new StoreChange(id, StoreChange.Kind.SAVED, saved.version(), actor));
		return saved;
	}

	private static String action(Report report) {
		return switch (report.getStatus()) {
		case FINAL -> "signed";
		case AMENDED -> "amended";
		default -> "saved";
		};
	}

	@Override
	public void audit(String id, String action, Actor actor, String detail) throws StoreException {
		audit.append(checkId(id), action, actor, detail);
	}

	@Override
	public List<AuditEntry> auditTrail(String id) throws StoreException {
		return audit.read(checkId(id));
	}

	@Override
	public Revision revision(String id) throws StoreException {
		Path file = reports().resolve(checkId(id) + EXTENSION);
		if (!Files.exists(file)) {
			return null;
		}
		List<Revision> kept = history.kept(id);
		if (!kept.isEmpty()) {
			return kept.get(kept.size() - 1);
		}
		try {
			return FileHistory.legacy(file);
		} catch (IOException e) {
			throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
		}
	}

	@Override
	public List<String> reportIds() throws StoreException {
		return StoreFiles.ids(reports(), EXTENSION);
	}

	@Override
	public List<String> draftIds() throws StoreException {
		return StoreFiles.ids(drafts(), EXTENSION);
	}

	@Override
	public List<Revision> history(String id) throws StoreException {
		List<Revision> kept = history.kept(checkId(id));
		if (kept.isEmpty()) {
			Revision current = revision(id);
			return current == null ? List.of() : List.of(current);
		}
		return kept;
	}

	@Override
	public byte[] revisionBytes(String id, long version) throws StoreException {
		if (history.kept(checkId(id)).isEmpty() && version == 1) {
			return StoreFiles.read(reports().resolve(id + EXTENSION));
		}
		return history.bytes(id, version);
	}

	@Override
	public byte[] draftBytes(String id) throws StoreException {
		return StoreFiles.read(drafts().resolve(checkId(id) + EXTENSION));
	}

	@Override
	public void putRevision(String id, Revision revision, byte[] xmi) throws StoreException {
		checkId(id);
		history.locked(() -> {
			Revision current = revision(id);
			history.append(id, revision, xmi);
			if (current == null || revision.version() >= current.version()) {
				StoreFiles.write(reports().resolve(id + EXTENSION), xmi);
			}
			return null;
		});
		listeners.fire(new StoreChange(id, StoreChange.Kind.SAVED, revision.version(), revision.by()));
	}

	@Override
	public void putDraft(String id, byte[] xmi) throws StoreException {
		StoreFiles.write(drafts().resolve(checkId(id) + EXTENSION), xmi);
	}

	@Override
	public Claim claim(String id, Actor actor, Duration ttl) throws StoreException {
		boolean fresh = claims.live(checkId(id)) == null;
		Claim claim = claims.claim(id, actor, ttl);
		if (fresh) {
			audit.append(id, "claimed", actor, "");
		}
		listeners.fire(new StoreChange(id, StoreChange.Kind.CLAIMED, 0, actor));
		return claim;
	}

	@Override
	public void release(String id, Actor actor) throws StoreException {
		if (claims.release(checkId(id), actor)) {
			audit.append(id, "released", actor, "");
			listeners.fire(new StoreChange(id, StoreChange.Kind.RELEASED, 0, actor));
		}
	}

	@Override
	public Claim takeOver(String id, Actor admin, String reason, Duration ttl) throws StoreException {
		if (reason == null || reason.isBlank()) {
			throw new StoreException("Taking over report " + id + " needs a reason; give one");
		}
		Claim before = claims.live(checkId(id));
		Claim claim = claims.takeOver(id, admin, reason.strip(), ttl);
		audit.append(id, "took over", admin,
				"from " + (before == null ? "nobody" : before.holder().describe()) + ": " + reason.strip());
		listeners.fire(new StoreChange(id, StoreChange.Kind.CLAIMED, 0, admin));
		return claim;
	}

	@Override
	public Claim claimOf(String id) throws StoreException {
		return claims.live(checkId(id));
	}

	@Override
	public AutoCloseable onChange(Consumer<StoreChange> listener) {
		return listeners.add(listener);
	}

	private static void write(Report report, Path file) throws StoreException {
		try {
			ReportIO.write(report, file);
		} catch (ReportIOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	@Override
	public void delete(String id) throws StoreException {
		Path file = reports().resolve(checkId(id) + EXTENSION);
		if (Files.exists(file) && Reports.isSigned(read(file))) {
			throw new StoreException("Report " + id + " is signed and cannot be deleted; add an addendum instead");
		}
		try {
			Files.deleteIfExists(file);
			Files.deleteIfExists(drafts().resolve(id + EXTENSION));
			history.delete(id);
		} catch (IOException e) {
			throw new StoreException("Report " + id + " cannot be deleted: " + e.getMessage(), e);
		}
		claims.drop(id);
		audit.append(id, "deleted", Actor.system(), "");
		listeners.fire(new StoreChange(id, StoreChange.Kind.DELETED, 0, Actor.system()));
	}

	@Override
	public void saveDraft(Report report) throws StoreException {
		write(report, drafts().resolve(checkId(report.getId()) + EXTENSION));
	}

	@Override
	public List<ReportSummary> recoverableDrafts() throws StoreException {
		List<ReportSummary> result = new ArrayList<>();
		for (ReportSummary draft : summaries(drafts())) {
			Path saved = reports().resolve(draft.id() + EXTENSION);
			Path draftFile = drafts().resolve(draft.id() + EXTENSION);
			try {
				if (!Files.exists(saved) || newer(draftFile, saved)) {
					result.add(draft);
				}
			} catch (IOException e) {
				throw new StoreException("Draft " + draft.id() + " cannot be checked: " + e.getMessage(), e);
			}
		}
		return result;
	}

	private static boolean newer(Path a, Path b) throws IOException {
		FileTime ta = Files.getLastModifiedTime(a);
		FileTime tb = Files.getLastModifiedTime(b);
		return ta.compareTo(tb) > 0;
	}

	@Override
	public Report loadDraft(String id) throws StoreException {
		return read(drafts().resolve(checkId(id) + EXTENSION));
	}

	@Override
	public void discardDraft(String id) throws StoreException {
		try {
			Files.deleteIfExists(drafts().resolve(checkId(id) + EXTENSION));
		} catch (IOException e) {
			throw new StoreException("The draft of report " + id + " cannot be removed: " + e.getMessage(), e);
		}
	}
}
