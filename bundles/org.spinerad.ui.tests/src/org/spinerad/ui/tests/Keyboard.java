package org.spinerad.ui.tests;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.spinerad.testsupport.Ui;

/**
 * Real keys for UI tests, counted: each key goes through {@link Display#post}
 * like a key of the keyboard, and the driver waits until the workstation has
 * received its release before the next one. A chord (Ctrl+Shift+A) is one
 * keystroke, as is every typed character.
 */
final class Keyboard implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final Ui ui;
	private final Display display;
	private final Listener releases;
	private int released;
	private int keystrokes;
	private int typed;
	private int tabs;
	private int commands;

	Keyboard(Ui ui) {
		this.ui = ui;
		this.display = ui.display();
		this.releases = e -> {
			if (e.keyCode != SWT.CTRL && e.keyCode != SWT.SHIFT && e.keyCode != SWT.ALT) {
				released++;
			}
		};
		ui.onUi(() -> {
			display.addFilter(SWT.KeyUp, releases);
			return null;
		});
	}

	/** A command chord or a navigation key, e.g. {@code press('a', SWT.MOD1 | SWT.SHIFT)}. */
	void press(int key, int modifiers) {
		post(key, modifiers);
		if (key == SWT.TAB) {
			tabs++;
		} else {
			commands++;
		}
	}

	/** Types text into the focused control, one keystroke per character. */
	void type(String text) {
		for (char c : text.toCharArray()) {
			post(c, 0);
			typed++;
		}
	}

	/**
	 * A key that opens or closes a window taking the keyboard, counted, without
	 * waiting for its release (the window it goes to may be new or gone): the
	 * caller waits for its effect.
	 */
	void postSwitching(int key, int modifiers) {
		ui.press(key, modifiers);
		keystrokes++;
		commands++;
	}

	/**
	 * Posts a key from inside a nested event loop (a dialog's), counted, without
	 * waiting: the caller polls for its effect.
	 */
	void postLater(int key) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		if ((key & SWT.KEYCODE_BIT) != 0) {
			down.keyCode = key;
		} else {
			down.character = (char) key;
			down.keyCode = key;
		}
		display.post(down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = down.keyCode;
		up.character = down.character;
		display.post(up);
		keystrokes++;
		if (key == SWT.TAB) {
			tabs++;
		} else {
			commands++;
		}
	}

	private void post(int key, int modifiers) {
		int before = released;
		ui.press(key, modifiers);
		keystrokes++;
		await("the workstation to receive key " + describe(key), () -> released > before);
		ui.flush();
	}

	/**
	 * Waits on the UI thread until a condition holds, dispatching events and
	 * sleeping until the next one arrives (no polling interval).
	 *
	 * @throws org.spinerad.testsupport.UiTimeoutError after 15 s
	 */
	void await(String what, java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new org.spinerad.testsupport.UiTimeoutError("Timed out after " + WAIT.toMillis()
						+ " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				// a timer wakes the loop now and then, so the deadline is seen without events
				display.timerExec(50, () -> {
					// wake up
				});
				display.sleep();
			}
		}
	}

	/** @return the control with the keyboard focus, or null */
	Control focus() {
		return display.getFocusControl();
	}

	int keystrokes() {
		return keystrokes;
	}

	int typed() {
		return typed;
	}

	int tabs() {
		return tabs;
	}

	int commands() {
		return commands;
	}

	private static String describe(int key) {
		return key == SWT.TAB ? "Tab" : (key & SWT.KEYCODE_BIT) != 0 ? "code " + key : "'" + (char) key + "'";
	}

	@Override
	public void close() {
		ui.onUi(() -> {
			display.removeFilter(SWT.KeyUp, releases);
			return null;
		});
	}
}
