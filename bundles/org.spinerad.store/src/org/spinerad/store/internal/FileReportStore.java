package org.spinerad.store.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.spinerad.model.Report;
import org.spinerad.model.io.Workspace;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.model.query.Reports;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.StoreException;

/**
 * The embedded default store: one XMI file per report under {@code reports/},
 * autosave drafts under {@code drafts/}, all written atomically. The folder is
 * the system property {@code spinerad.store}, else {@code store/} in the
 * workspace.
 */
@Component(service = ReportStore.class, property = "service.ranking:Integer=0")
public final class FileReportStore implements ReportStore {

	private static final System.Logger LOG = System.getLogger(FileReportStore.class.getName());
	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
	private static final String EXTENSION = ".xmi";

	private Path root;

	/** For Declarative Services. */
	public FileReportStore() {
	}

	/** A store in a given folder (for tools and tests). */
	public FileReportStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Activate
	void activate(Map<String, Object> properties) {
		root = defaultLocation();
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
		String id = checkId(report.getId());
		write(report, reports().resolve(id + EXTENSION));
		try {
			Files.deleteIfExists(drafts().resolve(id + EXTENSION));
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Could not remove the draft of report " + id + ": " + e.getMessage());
		}
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
		} catch (IOException e) {
			throw new StoreException("Report " + id + " cannot be deleted: " + e.getMessage(), e);
		}
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
