package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.ClinicalContext;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.PainCharacter;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.testsupport.ExpectedImpressions;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.editor.PhraseBar;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Reports example case TUM-01 by typed phrases alone, from Ctrl+N in the
 * worklist to Ctrl+S: the clinical header's pain and known primary typed in
 * their fields (the draft needs them), Ctrl+D opens the phrase bar, each finding
 * is one phrase typed with completion (a few letters, then Tab) and applied with
 * Enter, the impression is the one drafted from the findings. The structured
 * fields of every finding are compared with the sample, the drafted impression
 * states every expected item unedited, and the keystrokes are counted (written
 * to target/phrase-reporting.txt, per step).
 */
class PhraseReportingTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String CASE = "TUM-01";
	private static final String HEADER = "org.spinerad.ui.report.header.";

	/**
	 * The keys of each phrase ({@code \t} is Tab) and the line they give. A
	 * level or number is typed whole; anything else is the first letters of
	 * the words of a phrase, which Tab writes out.
	 */
	private static final String[][] PHRASES = {
			{ "t6met\tl\td\tt1rd\tsb\tae\the\tc25\ti70\tpel\tan\tcp\t",
					"t6 metastasis lytic dark on t1 t1 reference disc stir bright avidly enhancing heterogeneously enhancing"
							+ " collapse 25 involvement 70 posterior elements left alignment normal convex posterior cortex " },
			{ "t10m\td\timo\tho\tc0\t",
					"t10 metastasis dark on t1 intensity moderate homogeneously enhancing collapse 0 " },
			{ "t6et\tl\tv\t\tnn\tt5\twt6\tsa\tcd\t",
					"t6 epidural tumor left side ventral nature neoplastic thick 5 worst at t6 sac deformed cord deformed " },
			{ "t6f\tl\tn\t", "t6 facet left neoplastic " },
			{ "t6spa\tt\tl\tn\t12x10x18", "t6 site paravertebral tumor left neoplastic 12x10x18" } };

	private final Ui ui = Ui.of(Display.getCurrent());
	private NewReportByKeys reports;
	private Keyboard keys;
	private Rectangle bounds;

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	@AfterEach
	void removeCreated() throws Exception {
		if (keys != null) {
			keys.close();
		}
		ui.find(PhraseBar.TEXT_ID).ifPresent(t -> ui.onUi(() -> {
			((Text) t).getShell().close(); // a failed run leaves no bar for the next test
			return null;
		}));
		if (bounds != null) {
			ui.onUi(() -> {
				shell().setBounds(bounds);
				return null;
			});
		}
		if (reports != null) {
			reports.removeCreated();
		} else {
			session().close();
		}
	}

	@Test
	void reportsTheCaseByTypedPhrases() throws Exception {
		Report sample = SampleCases.load(CASE);
		TemplateProvider template = Workbench.service(TemplateRegistry.class).find(sample.getTemplateId()).orElseThrow();
		// a 1280x800 window whose bottom is the screen's, as on a 1280x800 screen: the bar and its list fit in it
		bounds = ui.onUi(() -> {
			Rectangle before = shell().getBounds();
			Rectangle screen = shell().getDisplay().getPrimaryMonitor().getClientArea();
			shell().setBounds(screen.x, screen.y + screen.height - 800, 1280, 800);
			return before;
		});
		keys = new Keyboard(ui);
		reports = new NewReportByKeys(ui, keys, WAIT);
		Report report = reports.start(template, () -> ui.activate(shell()));
		int start = keys.keystrokes();
		List<String> counts = new ArrayList<>();
		clinicalHeader(counts);
		int opening = keys.keystrokes();

		// the bar takes the keyboard as it opens, before the key is released: not waited for
		keys.postSwitching('d', SWT.MOD1);
		ui.waitUntil("the phrase bar", WAIT, () -> ui.find(PhraseBar.TEXT_ID).isPresent());
		Text line = ui.get(PhraseBar.TEXT_ID, Text.class);
		ui.activate(line.getShell());
		ui.waitUntil("the caret in the phrase bar", WAIT, () -> keys.focus() == line);
		counts.add(String.format("  open the bar (Ctrl+D): %d", keys.keystrokes() - opening));

		for (int p = 0; p < PHRASES.length; p++) {
			int before = keys.keystrokes();
			for (char c : PHRASES[p][0].toCharArray()) {
				caretIn(line);
				try {
					if (c == '\t') {
						keys.press(SWT.TAB, 0);
					} else {
						keys.type(String.valueOf(c));
					}
				} catch (org.spinerad.testsupport.UiTimeoutError e) {
					throw new AssertionError(e.getMessage() + "; line '" + line.getText() + "', " + where(), e);
				}
				if (p == 0 && c == '\t' && ui.onUi(line::getText).equals("t6 metastasis lytic ")) {
					screenshot(line.getShell());
				}
			}
			assertEquals(PHRASES[p][1], ui.onUi(line::getText), "the line phrase " + (p + 1) + " gives");
			keys.press(SWT.CR, 0);
			ui.waitUntil("phrase " + (p + 1) + " applied", WAIT, () -> line.getText().isEmpty());
			counts.add(String.format("  phrase %d: %3d keystrokes  %s", p + 1, keys.keystrokes() - before,
					PHRASES[p][1].strip()));
		}
		int before = keys.keystrokes();
		caretIn(line); // the editor redrawn from the last phrase may have taken the keyboard
		keys.postSwitching(SWT.ESC, 0); // the bar is gone before the key is released
		ui.waitUntil("the phrase bar to close", WAIT, line::isDisposed);
		ui.activate(shell());
		keys.press('s', SWT.MOD1);
		ui.waitUntil("the report saved", WAIT, () -> !session().isDirty());
		counts.add(String.format("  close the bar (Esc), save (Ctrl+S): %d", keys.keystrokes() - before));

		List<String> problems = FindingEntry.compare(template, sample, report);
		List<ImpressionItem> impression = report.getImpression();
		assertFalse(impression.isEmpty(), "the impression is drafted from the dictated findings");
		assertTrue(impression.stream().allMatch(i -> i.getDraftKey() != null && !i.isEdited()),
				"the impression is the drafted one");
		var stated = ExpectedImpressions.match(CASE,
				impression.stream().map(ImpressionItem::getText).toList());
		String out = String.format("Keystrokes to report %s by typed phrases, from Ctrl+N to Ctrl+S (goal: <= 120)%n"
				+ "%s %4d keystrokes (%d typed characters, %d Tab, %d commands), %d findings, "
				+ "drafted impression states %d of %d expected items%n", CASE, CASE, keys.keystrokes(), keys.typed(),
				keys.tabs(), keys.commands(), Reports.findings(sample).size(), stated.matched(), stated.items().size())
				+ "  new report (Ctrl+N, template): " + start + "\n" + String.join("\n", counts) + "\n"
				+ "  drafted impression:\n" + String.join("\n", impression.stream()
						.map(i -> "    " + (impression.indexOf(i) + 1) + ". " + i.getText()).toList()) + "\n";
		Path file = Screenshots.file("x").getParent().getParent().resolve("phrase-reporting.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out);
		System.out.print(out);
		assertTrue(problems.isEmpty(), CASE + " reported by typed phrases differs from the sample:\n"
				+ String.join("\n", problems));
		// every expected item stated in order, each drafted (own draft key, not edited, linked to its findings)
		ExpectedImpressions.assertDrafted(CASE, impression, java.util.Map.of());
	}

	/**
	 * The clinical header as the requisition gives it, for what the impression
	 * drafts from it (a known primary makes a lesion a metastasis; the pain
	 * is the SINS pain component): from the first field of the new report, Tab
	 * to Pain, "o" picks "occasional, non-mechanical", Tab to Primary, "lung".
	 */
	private void clinicalHeader(List<String> counts) {
		int before = keys.keystrokes();
		Control pain = ui.get(HEADER + "clinical.pain", Combo.class);
		Control primary = ui.get(HEADER + "clinical.primary", Text.class);
		for (int tabs = 0; keys.focus() != pain; tabs++) {
			assertTrue(tabs < 20, "Tab from the first field of the header reaches Pain (at " + where() + ")");
			keys.press(SWT.TAB, 0);
		}
		keys.type("o");
		keys.press(SWT.TAB, 0);
		assertEquals(primary, keys.focus(), "Tab from Pain goes to Primary");
		keys.type("lung");
		ui.waitUntil("the clinical header in the report", WAIT, () -> ui.onUi(() -> {
			ClinicalContext clinical = session().report().orElseThrow().getClinical();
			return clinical != null && clinical.getPain() == PainCharacter.OCCASIONAL_NON_MECHANICAL
					&& "lung".equals(clinical.getKnownPrimaryCancer());
		}));
		counts.add(String.format("  clinical header (Tab to Pain, o, Tab, lung): %d", keys.keystrokes() - before));
	}

	/** The caret back in the phrase line if another window took the keyboard (under Xvfb no window manager does). */
	private void caretIn(Text line) {
		if (keys.focus() != line) {
			ui.activate(line.getShell());
			ui.waitUntil("the caret back in the phrase line (" + where() + ")", WAIT, () -> keys.focus() == line);
		}
	}

	/** @return where the keyboard is, for messages */
	private String where() {
		return ui.onUi(() -> {
			Display display = ui.display();
			Control focus = display.getFocusControl();
			StringBuilder out = new StringBuilder("focus " + (focus == null ? "none" : focus.getClass().getSimpleName()
					+ " in '" + focus.getShell().getText() + "'") + ", active shell "
					+ (display.getActiveShell() == null ? "none" : "'" + display.getActiveShell().getText() + "'") + ", shells");
			for (Shell s : display.getShells()) {
				out.append(" '").append(s.getText()).append("'").append(s.isVisible() ? "" : " (hidden)");
				for (Shell child : s.getShells()) {
					out.append(" ['").append(child.getText()).append("'").append(child.isVisible() ? "" : " hidden").append("]");
				}
			}
			return out.toString();
		});
	}

	/** The phrase bar with its completion list over the 1280x800 window, as the screen shows them. */
	private void screenshot(Shell bar) throws Exception {
		ui.waitUntil("the completion list", WAIT, () -> list(bar) != null);
		Path file = Screenshots.file("phrase-bar-completion-1280x800");
		Files.createDirectories(file.toAbsolutePath().getParent());
		ui.onUi(() -> {
			Display display = bar.getDisplay();
			Rectangle r = shell().getBounds();
			Image image = new Image(display, r.width, r.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, r.x, r.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
			return null;
		});
	}

	/** @return the completion list of the bar when it lists something, or null */
	private Table list(Shell bar) {
		return ui.onUi(() -> ui.all(bar, Table.class).stream().filter(t -> t.getItemCount() > 0).findFirst().orElse(null));
	}

	private Shell shell() {
		return ui.get(ReportPart.ID, Composite.class).getShell();
	}
}
