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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
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
 * worklist to Ctrl+S: Ctrl+D opens the phrase bar, the clinical header's pain
 * and known primary are one phrase (the draft needs them), each finding is one
 * phrase typed with completion (a few letters, then Tab; Enter completes the
 * last word with the proposal the list highlights and applies the phrase),
 * Ctrl+S saves from the bar; the impression is the one drafted from the
 * findings. The structured fields of every finding are compared with the
 * sample, the drafted impression states every expected item unedited, and the
 * keystrokes are counted (written to target/phrase-reporting.txt, per step).
 */
class PhraseReportingTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String CASE = "TUM-01";

	/** The keys of the clinical header ({@code \t} is Tab) and the phrase they apply. */
	private static final String[] HEADER = { "pao\tkp\tlung", "pain occasional non mechanical known primary lung" };

	/**
	 * The keys of each finding ({@code \t} is Tab) and the phrase Enter applies. A
	 * level or number is typed whole; anything else is the first letters of
	 * the words of a phrase, which Tab writes out (Enter the last one).
	 */
	private static final String[][] PHRASES = {
			{ "t6met\tl\tdtd\tsb\tae\the\tc25\ti70\tpel\tan\tcp",
					"t6 metastasis lytic darker than disc stir bright avidly enhancing heterogeneously enhancing"
							+ " collapse 25 involvement 70 posterior elements left alignment normal convex posterior cortex" },
			{ "t10m\tdo\timo\tho\tc0",
					"t10 metastasis dark on t1 intensity moderate homogeneously enhancing collapse 0" },
			{ "t6et\tl\tv\t\tt5\tsdn", "t6 epidural tumor left side ventral thick 5 sac deformed no cord contact" },
			{ "t6f\tl\tn", "t6 facet left neoplastic" },
			{ "t6part\tl\t12x10x18", "t6 paravertebral tumor left 12x10x18" } };

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
		int opening = keys.keystrokes();

		// the bar takes the keyboard as it opens, before the key is released: not waited for
		keys.postSwitching('d', SWT.MOD1);
		ui.waitUntil("the phrase bar", WAIT, () -> ui.find(PhraseBar.TEXT_ID).isPresent());
		Text line = ui.get(PhraseBar.TEXT_ID, Text.class);
		ui.activate(line.getShell());
		ui.waitUntil("the caret in the phrase bar", WAIT, () -> keys.focus() == line);
		counts.add(String.format("  open the bar (Ctrl+D): %d", keys.keystrokes() - opening));

		int header = keys.keystrokes();
		phrase(line, HEADER, false);
		ui.waitUntil("the clinical header in the report", WAIT, () -> ui.onUi(() -> {
			ClinicalContext clinical = session().report().orElseThrow().getClinical();
			return clinical != null && clinical.getPain() == PainCharacter.OCCASIONAL_NON_MECHANICAL
					&& "lung".equals(clinical.getKnownPrimaryCancer());
		}));
		counts.add(String.format("  clinical header: %3d keystrokes  %s", keys.keystrokes() - header, HEADER[1]));
		for (int p = 0; p < PHRASES.length; p++) {
			int before = keys.keystrokes();
			phrase(line, PHRASES[p], p == 0);
			counts.add(String.format("  phrase %d: %3d keystrokes  %s", p + 1, keys.keystrokes() - before, PHRASES[p][1]));
		}
		int before = keys.keystrokes();
		caretIn(line); // the editor redrawn from the last phrase may have taken the keyboard
		keys.press('s', SWT.MOD1); // saved from the bar, which stays open
		ui.waitUntil("the report saved", WAIT, () -> !session().isDirty());
		counts.add(String.format("  save (Ctrl+S in the bar): %d", keys.keystrokes() - before));

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
	 * Types the keys of a phrase into the bar and applies it with Enter: what
	 * Enter applies (the line, its unfinished word completed by the proposal
	 * the list highlights) must be the expected phrase, and all of it placed.
	 */
	private void phrase(Text line, String[] phrase, boolean screenshot) throws Exception {
		for (char c : phrase[0].toCharArray()) {
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
			if (screenshot && c == '\t' && ui.onUi(line::getText).equals("t6 metastasis lytic ")) {
				screenshot(line.getShell());
			}
		}
		assertEquals(phrase[1], ui.onUi(() -> {
			String typed = line.getText();
			Table list = list(line.getShell());
			int offered = list == null ? -1 : list.getSelectionIndex();
			return offered < 0 ? typed.strip()
					: typed.substring(0, typed.lastIndexOf(' ') + 1) + list.getItem(offered).getText(0);
		}), "what Enter applies after " + phrase[0].replace("\t", "<Tab>"));
		keys.press(SWT.CR, 0);
		ui.waitUntil("'" + phrase[1] + "' applied", WAIT, () -> line.getText().isEmpty());
		String result = ui.onUi(() -> ui.get(PhraseBar.RESULT_ID, Label.class).getText());
		assertFalse(result.contains("not placed") || result.startsWith("Not understood"), phrase[1] + ": " + result);
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
