package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.model.Finding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.templates.StandardForms;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Reports each example case with the keyboard alone, from Ctrl+N in the
 * worklist to Ctrl+S: regions by Ctrl+Down, findings by Ctrl+Shift+A, fields by
 * Tab, levels and numbers typed, pick lists by type-ahead, check boxes by
 * Space. The structured fields of every finding (all but free text) are then
 * compared with the sample case, and the keystrokes are counted per case
 * (written to target/keyboard-reporting.txt).
 */
class KeyboardReportingTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String FINDING = "org.spinerad.ui.report.finding.";
	private static final Map<String, String> COUNTS = new TreeMap<>();
	private static final Map<String, Integer> TOTALS = new TreeMap<>();

	private final Ui ui = Ui.of(Display.getCurrent());
	private NewReportByKeys reports;
	private final List<String> problems = new ArrayList<>();
	private Keyboard keys;

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	@AfterEach
	void removeCreated() throws Exception {
		if (keys != null) {
			keys.close();
		}
		if (reports != null) {
			reports.removeCreated();
		} else {
			session().close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "INF-01", "INF-02", "INF-03", "TUM-01", "TUM-02", "TUM-03", "TUM-04", "POST-01", "POST-02",
			"POST-03" })
	void reportsTheCaseWithTheKeyboardAlone(String caseId) throws Exception {
		Report sample = SampleCases.load(caseId);
		TemplateProvider template = Workbench.service(TemplateRegistry.class).find(sample.getTemplateId()).orElseThrow();
		keys = new Keyboard(ui);
		reports = new NewReportByKeys(ui, keys, WAIT);
		Report report = reports.start(template, this::activate);
		for (RegionForm form : template.form().regions()) {
			Region wanted = Reports.region(sample, form.kind()).orElse(null);
			if (wanted == null || wanted.getFindings().isEmpty()) {
				continue;
			}
			Region region = Reports.region(report, form.kind()).orElseThrow();
			goToRegion(form.kind());
			for (Finding finding : wanted.getFindings()) {
				addFinding(region);
				new FindingEntry(ui, keys, form, finding, region.getFindings().get(region.getFindings().size() - 1),
						problems).enter();
			}
		}
		keys.press('s', SWT.MOD1);
		ui.waitUntil("the report saved", WAIT, () -> !session().isDirty());
		ui.screenshot(shell(), Screenshots.file("keyboard-" + caseId));

		problems.addAll(FindingEntry.compare(template, sample, report));
		String line = String.format("%-8s %4d keystrokes (%d typed characters, %d Tab, %d commands), %d findings",
				caseId, keys.keystrokes(), keys.typed(), keys.tabs(), keys.commands(),
				Reports.findings(sample).size());
		System.out.println("Keyboard-only " + line);
		COUNTS.put(caseId, line);
		TOTALS.put(caseId, keys.keystrokes());
		assertTrue(problems.isEmpty(), caseId + " reported with the keyboard alone differs from the sample:\n"
				+ String.join("\n", problems));
	}

	@AfterAll
	static void writeCounts() throws IOException {
		if (TOTALS.isEmpty()) {
			return;
		}
		List<Integer> sorted = TOTALS.values().stream().sorted().toList();
		int n = sorted.size();
		double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
		StringBuilder out = new StringBuilder("Keystrokes per case, keyboard only from Ctrl+N to Ctrl+S\n");
		out.append(String.format("cases %d: min %d, median %.1f, max %d (goal: median <= 200)%n", n, sorted.get(0),
				median, sorted.get(n - 1)));
		COUNTS.values().forEach(l -> out.append(l).append('\n'));
		Path file = Screenshots.file("x").getParent().getParent().resolve("keyboard-reporting.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out);
		System.out.print(out);
	}

	private Shell shell() {
		return ui.get(ReportPart.ID, Composite.class).getShell();
	}

	/** No window manager under Xvfb: the window is made active, as the window manager would. */
	private void activate() {
		ui.onUi(() -> {
			shell().forceActive();
			return null;
		});
		ui.flush();
	}

	private RegionKind focusedRegion() {
		for (Control c = keys.focus(); c != null; c = c.getParent()) {
			if (c.getData(WidgetIds.KEY) instanceof String id && id.startsWith("org.spinerad.ui.report.region.")
					&& id.indexOf('.', "org.spinerad.ui.report.region.".length()) < 0) {
				return RegionKind.get(id.substring("org.spinerad.ui.report.region.".length()));
			}
		}
		return null;
	}

	/** Ctrl+Down (or Ctrl+Up) until the caret is in the region. */
	private void goToRegion(RegionKind kind) {
		for (int i = 0; i < RegionKind.values().length + 1 && focusedRegion() != kind; i++) {
			RegionKind at = focusedRegion();
			Control before = keys.focus();
			keys.press(at != null && at.getValue() > kind.getValue() ? SWT.ARROW_UP : SWT.ARROW_DOWN, SWT.MOD1);
			ui.waitUntil("the caret to move to the next region", WAIT, () -> keys.focus() != before);
		}
		assertTrue(focusedRegion() == kind, "Ctrl+Down reaches the " + kind + " region; the caret is in " + focusedRegion());
	}

	/** Ctrl+Shift+A: a new finding, the caret in its level. */
	private void addFinding(Region region) {
		int before = region.getFindings().size();
		keys.press('a', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the new finding in " + region.getKind(), WAIT, () -> region.getFindings().size() == before + 1);
		Finding added = region.getFindings().get(before);
		String level = FINDING + added.getId() + ".from";
		ui.waitUntil("the caret in the new finding's level", WAIT,
				() -> keys.focus() != null && level.equals(keys.focus().getData(WidgetIds.KEY)));
	}

	/** @return the sample value of a field (for messages) */
	static String value(EObject finding, String feature) {
		return StandardForms.value(finding, feature);
	}
}
