package org.spinerad.templates.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.model.io.Workspace;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.model.validation.Locations;
import org.spinerad.model.validation.Words;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.FindingFacts;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.Reason;
import org.spinerad.templates.RenderResult;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateService;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import freemarker.template.Configuration;

/**
 * Renders with the sandboxed FreeMarker configuration of each template and
 * manages the department folder: {@code <folder>/<template id>/<file>} overrides
 * a shipped file; {@link Publications} numbers publications and reverts and
 * keeps every published file under {@code history/<n>/}.
 */
@Component(service = TemplateService.class)
public final class TemplateServiceImpl implements TemplateService {

	/** A file of the template, or of the shared library under {@code lib/} (e.g. the phrases). */
	private static final Pattern SAFE_NAME = Pattern.compile("(lib/)?[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.ftlh?");

	private final SandboxedRenderer renderer;
	private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();
	private Path folder;

	/** For Declarative Services. */
	public TemplateServiceImpl() {
		this.renderer = new SandboxedRenderer();
	}

	/** With an explicit department folder and renderer (tools and tests). */
	public TemplateServiceImpl(Path folder, SandboxedRenderer renderer) {
		this.folder = folder;
		this.renderer = renderer;
	}

	/** Preference node of the template settings. */
	static final String NODE = "org.spinerad.templates";
	/** Preference key of the department folder; blank means {@code templates/} in the workspace. */
	static final String FOLDER_KEY = "departmentFolder";

	/**
	 * The department folder in effect now: the one given at construction, else the
	 * preference {@value #FOLDER_KEY} (Preferences dialog), else the system
	 * property {@code spinerad.templates.dir}, else {@code templates/} in the workspace.
	 */
	@Override
	public Path departmentFolder() {
		if (folder != null) {
			return folder;
		}
		String configured = ServicePreferences.get(NODE, FOLDER_KEY, null, "");
		return configured.isBlank() ? Workspace.folder("spinerad.templates.dir", "templates")
				: Path.of(configured.strip()).toAbsolutePath().normalize();
	}

	private Path folderOf(TemplateProvider template) {
		return departmentFolder().resolve(template.id());
	}

	private static String checkName(String name) throws TemplateError {
		if (name == null || !SAFE_NAME.matcher(name).matches()) {
			throw new TemplateError(name, 0, 0, null, "not a template file name; use letters, digits, '.', '_' or '-'"
					+ " ending in .ftl or .ftlh, optionally in lib/ to override the shared library", null);
		}
		return name;
	}

	// ---- rendering ------------------------------------------------------------------

	/** Rule id of the statement that findings without a level were left out. */
	public static final String UNLOCATED_RULE = "decision.unlocated-findings";

	@Override
	public List<Conclusion> decide(Report report, TemplateProvider template) {
		try {
			List<Conclusion> conclusions = template.decisionSupport().decide(report);
			return unlocated(report).map(skipped -> {
				List<Conclusion> all = new ArrayList<>(conclusions);
				all.add(skipped);
				return List.copyOf(all);
			}).orElse(conclusions);
		} catch (RuntimeException e) {
			return List.of(new Conclusion(template.id() + ".failure", "Decision support",
					"not available: " + e.getClass().getSimpleName(), ConclusionLevel.WARNING, List.of(),
					List.of("The decision support of this template failed on this report; report it to the administrator.")));
		}
	}

	/**
	 * Decision support places findings by their level; one without a level is
	 * left out of every score and grade, and says so rather than vanish.
	 */
	static Optional<Conclusion> unlocated(Report report) {
		List<Finding> skipped = FindingFacts.unlocated(report);
		if (skipped.isEmpty()) {
			return Optional.empty();
		}
		List<Reason> reasons = new ArrayList<>();
		for (Finding finding : skipped) {
			reasons.add(new Reason(finding.getId(), Locations.describe(finding) + ": no level"));
		}
		String which = skipped.stream().map(f -> f.getId() != null ? f.getId() : Words.kind(f))
				.collect(Collectors.joining(", "));
		return Optional.of(new Conclusion(UNLOCATED_RULE, "Findings without a level",
				"skipped by decision support: " + which, ConclusionLevel.WARNING, reasons,
				List.of("Scores, grades and critical results do not consider a finding without a level; enter its level.")));
	}

	@Override
	public RenderResult render(Report report, TemplateProvider template, OutputFormat format) throws TemplateError {
		Configuration cfg = configurations.computeIfAbsent(template.id() + "@" + departmentFolder(),
				key -> configuration(template, Map.of()));
		String version = effectiveVersion(template);
		Map<String, Object> model = ReportView.of(report, decide(report, template), template.id(), version);
		String text = renderer.render(cfg, format.templateName(), template.id() + "/" + format.templateName(), model);
		return new RenderResult(text, template.id(), version, origin(template, format.templateName()));
	}

	/** Runs the whole render (decision support, data view, template) in a render thread, under its time limit. */
	@Override
	public CompletableFuture<RenderResult> renderLater(Report report, TemplateProvider template,
			OutputFormat format) {
		return renderer.submit(template.id() + "/" + format.templateName(), () -> render(report, template, format));
	}

	@Override
	public List<ImpressionItem> draftImpression(Report report, TemplateProvider template) throws TemplateError {
		Configuration cfg = configurations.computeIfAbsent(template.id() + "@" + departmentFolder(),
				key -> configuration(template, Map.of()));
		return ImpressionDrafter.draft(renderer, cfg, report, template, decide(report, template));
	}

	@Override
	public RenderResult preview(Report report, TemplateProvider template, String name, String source,
			OutputFormat format) throws TemplateError {
		checkName(name);
		Configuration cfg = configuration(template, Map.of(name, source));
		renderer.parse(cfg, template.id() + "/" + name, source);
		String version = effectiveVersion(template) + "+edit";
		Map<String, Object> model = ReportView.of(report, decide(report, template), template.id(), version);
		String text = renderer.render(cfg, format.templateName(), template.id() + "/" + format.templateName(), model);
		return new RenderResult(text, template.id(), version, "edit");
	}

	private Configuration configuration(TemplateProvider template, Map<String, String> sources) {
		try {
			return renderer.configuration(template, folderOf(template), sources);
		} catch (IOException e) {
			throw new IllegalStateException("The template folder " + folderOf(template) + " cannot be read: "
					+ e.getMessage(), e);
		}
	}

	// ---- department folder -------------------------------------------------------------

	private Publications publications(TemplateProvider template) {
		return new Publications(folderOf(template), template.id());
	}

	private boolean hasOverrides(TemplateProvider template) {
		Path dir = folderOf(template);
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (var files = Files.list(dir)) {
			return files.anyMatch(p -> SAFE_NAME.matcher(p.getFileName().toString()).matches())
					|| Files.isDirectory(dir.resolve("lib")) && hasLibraryOverrides(dir.resolve("lib"));
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean hasLibraryOverrides(Path lib) {
		try (var files = Files.list(lib)) {
			return files.anyMatch(p -> SAFE_NAME.matcher("lib/" + p.getFileName()).matches());
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public String effectiveVersion(TemplateProvider template) {
		return hasOverrides(template) ? template.version() + "-dept." + publications(template).lastForDisplay()
				: template.version();
	}

	@Override
	public String origin(TemplateProvider template, String name) {
		return Files.exists(folderOf(template).resolve(name)) ? DEPARTMENT : SHIPPED;
	}

	@Override
	public String source(TemplateProvider template, String name) throws TemplateError {
		Path override = folderOf(template).resolve(checkName(name));
		if (Files.exists(override)) {
			try {
				// as the renderer does: a file that links out of the department folder is not read
				if (!override.toRealPath().startsWith(folderOf(template).toRealPath())) {
					throw new TemplateError(template.id() + "/" + name, 0, 0, null, "refused: the file "
							+ override + " links out of the department folder; replace the link by the file itself",
							null);
				}
				return Files.readString(override, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new TemplateError(name, 0, 0, null, "cannot be read: " + e.getMessage(), e);
			}
		}
		return shippedSource(template, name);
	}

	@Override
	public String shippedSource(TemplateProvider template, String name) throws TemplateError {
		URL url = checkName(name).startsWith("lib/") ? SandboxedRenderer.class.getResource("/ftl/" + name)
				: template.templateResource(name);
		if (url == null) {
			throw new TemplateError(template.id() + "/" + name, 0, 0, null, "the template has no file of this name",
					null);
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new TemplateError(name, 0, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	@Override
	public List<String> check(TemplateProvider template, String name, String source) {
		List<String> problems = new ArrayList<>();
		try {
			checkName(name);
		} catch (TemplateError e) {
			return List.of(e.describe());
		}
		Configuration cfg = configuration(template, Map.of(name, source));
		try {
			renderer.parse(cfg, template.id() + "/" + name, source);
		} catch (TemplateError e) {
			return List.of(e.describe());
		}
		List<String> entries = name.equals(OutputFormat.HTML.templateName()) ? List.of(name)
				: name.equals(OutputFormat.TEXT.templateName()) ? List.of(name)
						: List.of(OutputFormat.TEXT.templateName(), OutputFormat.HTML.templateName());
		for (String caseId : SampleCases.IDS) {
			Report report = SampleCases.load(caseId);
			if (name.equals(ImpressionDrafter.LIBRARY)) {
				try {
					ImpressionDrafter.draft(renderer, cfg, report, template, decide(report, template));
				} catch (TemplateError e) {
					problems.add("example case " + caseId + ", drafted impression: " + e.describe());
				}
			}
			Map<String, Object> model = ReportView.of(report, decide(report, template), template.id(),
					template.version());
			for (String entry : entries) {
				try {
					renderer.render(cfg, entry, template.id() + "/" + entry, model);
				} catch (TemplateError e) {
					problems.add("example case " + caseId + ": " + e.describe());
				}
			}
		}
		return problems;
	}

	@Override
	public synchronized String publish(TemplateProvider template, String name, String source, String author)
			throws TemplateError {
		List<String> problems = check(template, name, source);
		if (!problems.isEmpty()) {
			throw new TemplateError(template.id() + "/" + name, 0, 0, null,
					"not published: " + problems.size() + " problem(s); first: " + problems.get(0), null);
		}
		byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
		int version = publications(template).publish(name, "published", author, template.version(), (dir, n) -> {
			AtomicFiles.write(dir.resolve("history").resolve(String.valueOf(n)).resolve(name), bytes);
			AtomicFiles.write(dir.resolve(name), bytes);
		});
		configurations.keySet().removeIf(key -> key.startsWith(template.id() + "@"));
		// the number this publication got, whatever another process publishes next
		return template.version() + "-dept." + version;
	}

	@Override
	public String diff(TemplateProvider template, String name) throws TemplateError {
		List<String> shipped = shippedSource(template, name).lines().toList();
		List<String> current = source(template, name).lines().toList();
		Patch<String> patch = DiffUtils.diff(shipped, current);
		if (patch.getDeltas().isEmpty()) {
			return "";
		}
		return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("shipped/" + name, "department/" + name,
				shipped, patch, 3)) + "\n";
	}

	@Override
	public synchronized void revert(TemplateProvider template, String name) throws TemplateError {
		if (!Files.exists(folderOf(template).resolve(checkName(name)), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		// a revert is a publication: the version it leaves is never one that named other files before
		publications(template).publish(name, "reverted", System.getProperty("user.name"), template.version(),
				(dir, version) -> Files.deleteIfExists(dir.resolve(name)));
		configurations.keySet().removeIf(key -> key.startsWith(template.id() + "@"));
	}
}
