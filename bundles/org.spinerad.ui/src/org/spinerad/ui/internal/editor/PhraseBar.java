package org.spinerad.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.spinerad.dictation.DictationResult;
import org.spinerad.dictation.DictationSession;
import org.spinerad.dictation.Listening;
import org.spinerad.dictation.Proposal;
import org.spinerad.dictation.Recognition;
import org.spinerad.dictation.SpeechRecognizer;
import org.spinerad.ui.WidgetIds;

/**
 * The phrase bar: one line over the report editor where a phrase of the
 * dictation language is typed with completion at every word (the list under
 * the line shows what may follow, Tab writes out the continuation the
 * language allows, Up and Down choose in the list; Enter applies the phrase
 * as one undoable edit, its unfinished word first completed by the proposal
 * the list highlights, Esc closes, Up and Down on an empty line walk the
 * history), or
 * spoken while F9 is held: the recognizer decodes while the phrase is
 * spoken, then what was heard shows in the line with its confidence and
 * applies on Enter, or at once when the auto-apply preference is on.
 */
public final class PhraseBar {

	/** Widget id of the phrase line. */
	public static final String TEXT_ID = "org.spinerad.ui.phrasebar.text";
	/** Widget id of the line showing what the last phrase did. */
	public static final String RESULT_ID = "org.spinerad.ui.phrasebar.result";

	private static final List<String> HISTORY = new ArrayList<>();

	private final DictationSession session;
	private final SpeechRecognizer recognizer;
	private final String templateId;
	private final Shell shell;
	private final Text text;
	private final Label result;
	private final ProposalList proposals;
	private final BooleanSupplier autoApply;
	private Listening capture;
	private boolean recognizing;
	private int historyIndex = HISTORY.size();

	/**
	 * @param recognizer the speech recognizer, or null when none is installed
	 * @param autoApply  whether what was heard applies without confirmation (read at each utterance)
	 */
	public PhraseBar(Shell parent, DictationSession session, SpeechRecognizer recognizer, String templateId,
			BooleanSupplier autoApply) {
		this.session = session;
		this.autoApply = autoApply;
		this.recognizer = recognizer;
		this.templateId = templateId;
		shell = new Shell(parent, SWT.TOOL | SWT.ON_TOP | SWT.RESIZE);
		shell.setText("Dictate");
		shell.setLayout(new GridLayout(1, false));
		text = new Text(shell, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setMessage("e.g. L3-L4 epidural abscess rim enhancing 5 millimetres thick (F9: hold to speak)");
		WidgetIds.tag(text, TEXT_ID);
		proposals = new ProposalList(shell, text);
		result = new Label(shell, SWT.WRAP);
		GridData below = new GridData(SWT.FILL, SWT.FILL, true, true);
		below.heightHint = 4 * text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y / 2; // about four lines
		result.setLayoutData(below);
		WidgetIds.tag(result, RESULT_ID);
		// Tab completes in the line instead of leaving it
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT) {
				e.doit = false;
				e.detail = SWT.TRAVERSE_NONE;
			}
		});
		text.addListener(SWT.KeyDown, e -> keyDown(e.keyCode, e));
		text.addListener(SWT.Modify, e -> list());
		proposals.table().addListener(SWT.DefaultSelection,
				e -> proposals.at(proposals.table().getSelectionIndex()).ifPresent(this::take));
		shell.addListener(SWT.Dispose, e -> {
			if (capture != null) {
				capture.cancel(); // closed while F9 was held: the microphone is released, nothing applies
				capture = null;
			}
		});
		text.addListener(SWT.KeyUp, e -> {
			if (e.keyCode == SWT.F9) {
				stopTalking();
			}
		});
		Shell owner = parent;
		int height = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 30;
		shell.setSize(Math.max(600, owner.getSize().x / 2), height);
		shell.setLocation(owner.getLocation().x + (owner.getSize().x - shell.getSize().x) / 2,
				owner.getLocation().y + Math.max(0, owner.getSize().y - height - 60));
	}

	/** Shows a message under the phrase line, e.g. that the department's dictation words are broken. */
	public void notice(String message) {
		result.setText(message);
	}

	/** Shows the bar and focuses the phrase line. */
	public void open() {
		shell.open();
		text.setFocus();
		list();
	}

	private void keyDown(int key, org.eclipse.swt.widgets.Event e) {
		if (!e.doit) {
			return;
		}
		switch (key) {
		case SWT.TAB -> {
			take(proposals.chosen().map(Proposal::line).orElseGet(() -> session.expand(text.getText())));
		}
		case SWT.CR, SWT.KEYPAD_CR -> {
			if (proposals.chosen().isPresent()) {
				take(proposals.chosen().get());
			} else {
				proposals.offered().ifPresent(this::take);
				apply();
			}
		}
		case SWT.ESC -> shell.close();
		case SWT.ARROW_UP, SWT.ARROW_DOWN -> {
			int step = key == SWT.ARROW_UP ? -1 : 1;
			if (!text.getText().isBlank() && proposals.listing()) {
				proposals.move(step); // while typing, Up and Down choose in the list
			} else {
				recall(step);
			}
		}
		case SWT.F9 -> {
			if (capture == null) {
				startTalking();
			}
		}
		default -> {
			return;
		}
		}
		e.doit = false;
	}

	private void take(Proposal proposal) {
		take(proposal.line());
	}

	/** Puts a completed line into the bar, the caret at its end. */
	private void take(String line) {
		text.setText(line);
		text.setSelection(line.length());
	}

	/**
	 * Shows what may follow the words of the line; offers the first proposal
	 * for Enter when the line ends in an unfinished word that is not understood
	 * as typed and the proposal gives a phrase understood in full.
	 */
	private void list() {
		if (!text.isDisposed() && !recognizing) {
			String typed = text.getText();
			List<Proposal> listed = session.proposals(typed);
			boolean unfinished = !typed.isBlank() && !Character.isWhitespace(typed.charAt(typed.length() - 1))
					&& typed.equals(phrase());
			proposals.show(listed, unfinished && !listed.isEmpty() && !understood(typed) && understood(listed.get(0).line()));
		}
	}

	/** @return whether a phrase would apply in full: something understood, nothing left unplaced */
	private boolean understood(String line) {
		DictationResult r = session.preview(line.strip());
		return r.understood() && r.unplaced().isEmpty();
	}

	/** @return the phrase of the line, without what the recognizer adds to it */
	private String phrase() {
		return text.getText().replaceFirst("\\s*\\(heard, confidence [0-9.]+\\)$", "");
	}

	private void apply() {
		String phrase = phrase().strip();
		if (phrase.isEmpty()) {
			return;
		}
		DictationResult r = session.apply(phrase);
		HISTORY.add(phrase);
		historyIndex = HISTORY.size();
		StringBuilder shown = new StringBuilder();
		r.edits().forEach(edit -> shown.append(edit).append('\n'));
		r.unplaced().forEach(u -> shown.append("not placed: ").append(u).append('\n'));
		result.setText(r.understood() ? shown.toString().strip() : "Not understood, nothing changed: " + String.join("; ", r.unplaced()));
		text.setText("");
		shell.layout();
	}

	private void recall(int step) {
		if (HISTORY.isEmpty()) {
			return;
		}
		historyIndex = Math.max(0, Math.min(HISTORY.size(), historyIndex + step));
		text.setText(historyIndex == HISTORY.size() ? "" : HISTORY.get(historyIndex));
		text.setSelection(text.getText().length());
	}

	private void startTalking() {
		if (recognizing || capture != null) {
			return;
		}
		String reason = recognizer == null ? "no speech recognizer is installed" : recognizer.unavailableReason();
		if (reason != null) {
			result.setText(reason);
			return;
		}
		try {
			capture = recognizer.listen(templateId);
			result.setText("Listening... release F9 when done");
		} catch (IOException ex) {
			capture = null;
			result.setText(ex.getMessage());
		}
	}

	private void stopTalking() {
		if (capture == null) {
			return;
		}
		Listening done = capture;
		capture = null;
		// the rest of the phrase is decoded beside the UI, which shows that it is busy
		recognizing = true;
		text.setEnabled(false);
		result.setText("Recognizing\u2026");
		Display display = shell.getDisplay();
		Thread worker = new Thread(() -> {
			Recognition heard = null;
			String failure = null;
			try {
				heard = done.stop();
			} catch (IOException | RuntimeException ex) {
				failure = ex.getMessage();
			}
			Recognition h = heard;
			String f = failure;
			if (!display.isDisposed()) {
				display.asyncExec(() -> heard(h, f));
			}
		}, "phrase bar recognition");
		worker.setDaemon(true);
		worker.start();
	}

	/** Shows what was heard (on the UI thread), or why nothing was. */
	private void heard(Recognition heard, String failure) {
		recognizing = false;
		if (shell.isDisposed()) {
			return;
		}
		text.setEnabled(true);
		text.setFocus();
		if (failure != null) {
			result.setText(failure);
		} else if (heard.heard()) {
			text.setText(heard.text() + String.format(Locale.ROOT, " (heard, confidence %.2f)", heard.confidence()));
			text.setSelection(text.getText().length());
			if (autoApply.getAsBoolean()) {
				apply();
			} else {
				result.setText("Enter applies what was heard; edit it first if needed");
			}
		} else {
			result.setText("Not understood: nothing in the phrase language was heard");
		}
	}
}
