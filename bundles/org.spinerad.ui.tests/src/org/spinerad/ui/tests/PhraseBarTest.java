package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.spinerad.dictation.Listening;
import org.spinerad.dictation.Recognition;
import org.spinerad.dictation.SpeechRecognizer;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.query.Reports;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.editor.PhraseBar;
import org.spinerad.ui.session.ReportSession;

/**
 * Ctrl+D opens the phrase bar; Enter applies a phrase as one undoable edit
 * (its unfinished word completed by the highlighted proposal), Up recalls it,
 * Esc closes; F9 held and released shows what was heard, with its confidence,
 * before Enter applies it. Ctrl+S from the bar is part of {@link PhraseReportingTest}.
 */
class PhraseBarTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private final Ui ui = Ui.of(Display.getCurrent());

	@Test
	void aTypedPhraseFillsAFindingAndIsRecalled() throws Exception {
		ReportSession session = Workbench.service(ReportSession.class);
		Text phrase = openBarIn(session, "case-INF-01");
		phrase.setText("T2 facet effusion"); // completion is tested headless in the dictation bundle
		key(phrase, SWT.CR);
		var facets = Reports.region(session.report().orElseThrow(), RegionKind.FACETS).orElseThrow();
		ui.waitUntil("the facet finding at T2", WAIT, () -> facets.getFindings().stream()
				.anyMatch(f -> "T2".equals(String.valueOf(f.getFrom())) && Boolean.TRUE.equals(((FacetFinding) f).getEffusion())));
		assertTrue(ui.get(PhraseBar.RESULT_ID, Label.class).getText().contains("facets T2 effusion = true"));
		assertEquals("", phrase.getText());
		key(phrase, SWT.ARROW_UP);
		assertEquals("T2 facet effusion", phrase.getText());
		session.domain().orElseThrow().getCommandStack().undo();
		assertTrue(facets.getFindings().stream().noneMatch(f -> "T2".equals(String.valueOf(f.getFrom()))));
		Text line = phrase;
		key(phrase, SWT.ESC);
		ui.waitUntil("the phrase bar to close", WAIT, line::isDisposed);
		session.close();
	}

	@Test
	void enterCompletesTheUnfinishedWordWithTheHighlightedProposal() throws Exception {
		ReportSession session = Workbench.service(ReportSession.class);
		Text phrase = openBarIn(session, "case-INF-01");
		Table list = ui.get("org.spinerad.ui.phrasebar.proposals", Table.class);
		phrase.setText("T2 facet eff");
		ui.flush();
		assertEquals(0, list.getSelectionIndex(), "the proposal Enter takes is highlighted");
		assertEquals("effusion", list.getItem(0).getText(0));
		key(phrase, SWT.CR, 0);
		var facets = Reports.region(session.report().orElseThrow(), RegionKind.FACETS).orElseThrow();
		ui.waitUntil("the facet finding at T2", WAIT, () -> facets.getFindings().stream()
				.anyMatch(f -> "T2".equals(String.valueOf(f.getFrom())) && Boolean.TRUE.equals(((FacetFinding) f).getEffusion())));
		phrase.setText("T3 facet effusion"); // understood as typed: nothing is highlighted
		ui.flush();
		assertEquals(-1, list.getSelectionIndex());
		session.domain().orElseThrow().getCommandStack().undo();
		Text line = phrase;
		key(phrase, SWT.ESC, 0);
		ui.waitUntil("the phrase bar to close", WAIT, line::isDisposed);
		session.close();
	}

	@Test
	void f9HeldThenReleasedShowsWhatWasHeardBeforeItApplies(@TempDir Path dir) throws Exception {
		// this machine has no microphone: a recognizer ranked above the workstation's hears a recording while F9 is
		// held, through the workstation's own recognizer (pocketsphinx)
		Path wav = speak(dir, "t two facet effusion");
		BundleContext context = FrameworkUtil.getBundle(PhraseBarTest.class).getBundleContext();
		ServiceReference<SpeechRecognizer> reference = context.getServiceReference(SpeechRecognizer.class);
		SpeechRecognizer workstation = context.getService(reference);
		SpeechRecognizer recording = new SpeechRecognizer() {
			@Override
			public String unavailableReason() {
				return workstation.unavailableReason();
			}

			@Override
			public Recognition recognize(Path audio, String templateId) throws IOException {
				return workstation.recognize(audio, templateId);
			}

			@Override
			public Listening listen(String templateId) {
				return new Listening() {
					@Override
					public Recognition stop() throws IOException {
						return workstation.recognize(wav, templateId);
					}

					@Override
					public void cancel() {
						// nothing was started
					}
				};
			}
		};
		ServiceRegistration<SpeechRecognizer> registration = context.registerService(SpeechRecognizer.class, recording,
				new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 1000)));
		ReportSession session = Workbench.service(ReportSession.class);
		try {
			Text phrase = openBarIn(session, "case-INF-01");
			Label result = ui.get(PhraseBar.RESULT_ID, Label.class);
			key(phrase, SWT.F9);
			assertEquals("Listening... release F9 when done", result.getText());
			release(phrase, SWT.F9);
			ui.waitUntil("what was heard in the phrase line", WAIT, () -> phrase.getText().contains("(heard, confidence"));
			assertTrue(phrase.getText().matches("T2 facet effusion \\(heard, confidence 0\\.[0-9]{2}\\)"), phrase.getText());
			assertEquals("Enter applies what was heard; edit it first if needed", result.getText());
			ui.screenshot(phrase.getShell(), Screenshots.file("phrase-bar-heard"));
			var facets = Reports.region(session.report().orElseThrow(), RegionKind.FACETS).orElseThrow();
			assertFalse(facets.getFindings().stream().anyMatch(f -> "T2".equals(String.valueOf(f.getFrom()))),
					"nothing applies before Enter");
			key(phrase, SWT.CR);
			ui.waitUntil("the facet finding at T2", WAIT, () -> facets.getFindings().stream()
					.anyMatch(f -> "T2".equals(String.valueOf(f.getFrom())) && Boolean.TRUE.equals(((FacetFinding) f).getEffusion())));
			assertTrue(result.getText().contains("facets T2 effusion = true"), result.getText());
			key(phrase, SWT.ESC);
			ui.waitUntil("the phrase bar to close", WAIT, phrase::isDisposed);
		} finally {
			registration.unregister();
			context.ungetService(reference);
			session.close();
		}
	}

	/** Speaks a phrase with espeak-ng into a 16 kHz mono WAV, as a microphone would record it. */
	private static Path speak(Path dir, String text) throws IOException, InterruptedException {
		Path raw = dir.resolve("raw.wav");
		Path wav = dir.resolve("phrase.wav");
		for (List<String> command : List.of(List.of("espeak-ng", "-v", "en-us", "-s", "140", "-w", raw.toString(), text),
				List.of("sox", "-R", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString()))) {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
			assertEquals(0, p.waitFor(), String.join(" ", command));
		}
		return wav;
	}

	private void key(Text text, int keyCode) {
		key(text, keyCode, 0);
	}

	private void key(Text text, int keyCode, int stateMask) {
		send(text, SWT.KeyDown, keyCode, stateMask);
	}

	private void release(Text text, int keyCode) {
		send(text, SWT.KeyUp, keyCode, 0);
	}

	/** A key pressed or released through the phrase line's own listeners (a tool window need not have the X focus here). */
	private void send(Text text, int type, int keyCode, int stateMask) {
		Display.getCurrent().syncExec(() -> {
			org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
			e.keyCode = keyCode;
			e.stateMask = stateMask;
			e.character = keyCode == SWT.CR ? '\r' : keyCode == SWT.ESC ? (char) 27 : 0;
			e.doit = true;
			text.notifyListeners(type, e);
		});
		ui.flush();
	}

	/** Opens the report, puts the caret in its first finding and opens the phrase bar with Ctrl+D. */
	private Text openBarIn(ReportSession session, String reportId) throws Exception {
		session.open(reportId);
		FindingForms.expand(ui, "F1");
		ui.focus(ui.get("org.spinerad.ui.report.finding.F1.from", Text.class));
		ui.press('d', SWT.MOD1);
		ui.waitUntil("the phrase bar", WAIT, () -> ui.find(PhraseBar.TEXT_ID).isPresent());
		Text phrase = ui.get(PhraseBar.TEXT_ID, Text.class);
		ui.waitUntil("the phrase line to have the focus", WAIT, phrase::isFocusControl);
		return phrase;
	}
}
