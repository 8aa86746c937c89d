package org.spinerad.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives real SWT widgets for UI tests, in place of SWTBot (which is not
 * reachable from our build). Widgets are found by the stable id they carry
 * under {@link #ID_KEY}. Every method may be called on the UI thread (it then
 * keeps the event loop running while it waits) or on any other thread (it then
 * runs the work with {@link Display#syncExec(Runnable)}).
 */
public final class Ui {

	/** Data key of stable widget ids; equal to {@code org.spinerad.ui.WidgetIds.KEY}. */
	public static final String ID_KEY = "org.spinerad.id";

	/** Default time to wait for a condition. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final Display display;

	private Ui(Display display) {
		this.display = Objects.requireNonNull(display, "display");
	}

	/** @return a driver for the given display */
	public static Ui of(Display display) {
		return new Ui(display);
	}

	/** @return a driver for the default display */
	public static Ui current() {
		return new Ui(Display.getDefault());
	}

	/** @return the display driven */
	public Display display() {
		return display;
	}

	// ---- finding (see Widgets) -------------------------------------------

	/** @return the widget lookup of this driver */
	public Widgets widgets() {
		return new Widgets(this);
	}

	/** @return the widget with the id in any open shell, if there is one now */
	public Optional<Widget> find(String id) {
		return widgets().find(id);
	}

	/**
	 * Waits until a widget with the id exists and has the given type.
	 *
	 * @return the widget
	 * @throws UiTimeoutError if none appears within {@link #DEFAULT_TIMEOUT}
	 */
	public <W extends Widget> W get(String id, Class<W> type) {
		return widgets().get(id, type);
	}

	/** @return all widgets of a type below a widget (depth first, the root included) */
	public <W extends Widget> List<W> all(Widget root, Class<W> type) {
		return widgets().all(root, type);
	}

	/** @return the visible shell whose title contains the text, waiting for it */
	public Shell shell(String titlePart) {
		return widgets().shell(titlePart);
	}

	// ---- acting ----------------------------------------------------------

	/**
	 * Types text into a control as keystrokes: focus, then one key event pair per
	 * character, dispatched through the control's listeners like real typing.
	 * Verify and modify listeners run as they would for a user.
	 */
	public void type(Control control, String text) {
		focus(control);
		for (char c : text.toCharArray()) {
			onUi(() -> {
				keyEvent(control, SWT.KeyDown, c, 0, 0);
				if (control instanceof Text t && !t.isDisposed() && c != '\r' && c != '\n') {
					t.insert(String.valueOf(c));
				} else if (control instanceof Combo combo && !combo.isDisposed()
						&& (combo.getStyle() & SWT.READ_ONLY) == 0) {
					Point sel = combo.getSelection();
					String current = combo.getText();
					combo.setText(current.substring(0, sel.x) + c + current.substring(sel.y));
					combo.setSelection(new Point(sel.x + 1, sel.x + 1));
				}
				keyEvent(control, SWT.KeyUp, c, 0, 0);
				return null;
			});
			flush();
		}
	}

	/**
	 * Presses a key on the focused control of the display, e.g.
	 * {@code press(SWT.TAB, 0)} or {@code press('s', SWT.MOD1)}. Goes through
	 * {@link Display#post(Event)}, so key bindings and traversal see it like a real key.
	 */
	public void press(int keyOrChar, int modifiers) {
		onUi(() -> {
			postModifiers(modifiers, SWT.KeyDown);
			Event down = new Event();
			down.type = SWT.KeyDown;
			if ((keyOrChar & SWT.KEYCODE_BIT) != 0) {
				down.keyCode = keyOrChar;
			} else {
				down.character = (char) keyOrChar;
				down.keyCode = keyOrChar;
			}
			display.post(down);
			Event up = new Event();
			up.type = SWT.KeyUp;
			up.keyCode = down.keyCode;
			up.character = down.character;
			display.post(up);
			postModifiers(modifiers, SWT.KeyUp);
			return null;
		});
		flush();
	}

	/** Selects the item of a combo with the given text and notifies listeners. */
	public void select(Combo combo, String item) {
		onUi(() -> {
			int index = combo.indexOf(item);
			if (index < 0) {
				throw new AssertionError("Combo " + describe(combo) + " has no item '" + item + "'; items: "
						+ List.of(combo.getItems()));
			}
			combo.setFocus();
			selectOnce(combo, () -> combo.select(index));
			return null;
		});
		flush();
	}

	/** Selects the item of a list with the given text and notifies listeners. */
	public void select(org.eclipse.swt.widgets.List list, String item) {
		onUi(() -> {
			int index = list.indexOf(item);
			if (index < 0) {
				throw new AssertionError("List " + describe(list) + " has no item '" + item + "'; items: "
						+ List.of(list.getItems()));
			}
			list.setFocus();
			selectOnce(list, () -> list.setSelection(index));
			return null;
		});
		flush();
	}

	/**
	 * Clicks a button: focus, toggle for check and radio buttons, then the
	 * selection event the button would send.
	 */
	public void click(Button button) {
		onUi(() -> {
			if (!button.isEnabled()) {
				throw new AssertionError("Button " + describe(button) + " is disabled");
			}
			button.setFocus();
			int style = button.getStyle();
			if ((style & (SWT.CHECK | SWT.TOGGLE)) != 0) {
				button.setSelection(!button.getSelection());
			} else if ((style & SWT.RADIO) != 0) {
				for (Control sibling : button.getParent().getChildren()) {
					if (sibling instanceof Button other && other != button && (other.getStyle() & SWT.RADIO) != 0) {
						other.setSelection(false);
					}
				}
				button.setSelection(true);
			}
			button.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		flush();
	}

	/** Gives a control the keyboard focus, activating its shell (see {@link #activate(Shell)}). */
	public void focus(Control control) {
		onUi(() -> {
			activateNow(control.getShell());
			if (!control.forceFocus()) {
				control.setFocus();
			}
			return null;
		});
		flush();
	}

	/**
	 * Makes a shell the active one, as a window manager does when a dialog over
	 * it closes: asks for the keyboard and sends the activation that
	 * applications listen for. Under Xvfb there is no window manager: when a
	 * dialog goes, the X server hands the keyboard to whatever window lies under
	 * the pointer, so the shell below often gets no activation of its own, and
	 * an application that tracks its active window (the e4 workbench: its
	 * handlers find no active shell then) goes on without one.
	 */
	public void activate(Shell shell) {
		onUi(() -> {
			activateNow(shell);
			return null;
		});
		flush();
	}

	/** On the UI thread: the keyboard asked for, the activation sent at once (the X server's comes when it comes). */
	private static void activateNow(Shell shell) {
		if (!shell.isDisposed()) {
			shell.forceActive();
			shell.notifyListeners(SWT.Activate, new Event());
		}
	}

	// ---- waiting ---------------------------------------------------------

	/**
	 * Waits until a condition is true, keeping the UI responsive.
	 *
	 * @param what      what is awaited, for the failure message
	 * @param timeout   how long to wait at most
	 * @param condition evaluated repeatedly (on the UI thread if called there)
	 * @throws UiTimeoutError when the time is up
	 */
	public void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (condition.getAsBoolean()) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new UiTimeoutError("Timed out after " + timeout.toMillis() + " ms waiting for " + what);
			}
			sleepResponsive(20);
		}
	}

	/** Processes all pending UI events. */
	public void flush() {
		if (display.getThread() == Thread.currentThread()) {
			while (display.readAndDispatch()) {
				// drain
			}
		} else {
			display.syncExec(() -> {
				// a round trip through the event queue
			});
		}
	}

	private void sleepResponsive(long millis) {
		long until = System.currentTimeMillis() + millis;
		if (display.getThread() == Thread.currentThread()) {
			while (System.currentTimeMillis() < until) {
				if (!display.readAndDispatch()) {
					display.timerExec(5, () -> {
						// wake the loop
					});
					display.sleep();
				}
			}
		} else {
			try {
				Thread.sleep(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new UiTimeoutError("Interrupted while waiting");
			}
		}
	}

	// ---- screenshots -----------------------------------------------------

	/**
	 * Saves a PNG picture of a shell.
	 *
	 * @param shell the shell
	 * @param file  the PNG file; its folders are created
	 * @return the file
	 */
	public Path screenshot(Shell shell, Path file) throws IOException {
		return Screenshot.save(onUi(() -> Screenshot.capture(shell)), file);
	}

	// ---- helpers ---------------------------------------------------------

	/** Runs code on the UI thread and returns its result. */
	public <T> T onUi(Supplier<T> code) {
		if (display.getThread() == Thread.currentThread()) {
			return code.get();
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(code.get());
			} catch (RuntimeException e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		if (error.get() != null) {
			throw error.get();
		}
		return result.get();
	}

	/**
	 * Changes a selection and makes sure listeners hear of it exactly once: some
	 * platforms (GTK lists) send the event themselves, others do not.
	 */
	private void selectOnce(Widget widget, Runnable change) {
		int[] sent = { 0 };
		org.eclipse.swt.widgets.Listener counter = e -> sent[0]++;
		widget.addListener(SWT.Selection, counter);
		try {
			change.run();
			while (display.readAndDispatch()) {
				// let a platform-sent selection event arrive
			}
		} finally {
			widget.removeListener(SWT.Selection, counter);
		}
		if (sent[0] == 0) {
			widget.notifyListeners(SWT.Selection, new Event());
		}
	}

	private void keyEvent(Control control, int type, char c, int keyCode, int stateMask) {
		Event event = new Event();
		event.type = type;
		event.character = c;
		event.keyCode = keyCode != 0 ? keyCode : c;
		event.stateMask = stateMask;
		event.doit = true;
		control.notifyListeners(type, event);
	}

	private void postModifiers(int modifiers, int type) {
		int[] keys = { SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND };
		for (int key : keys) {
			if ((modifiers & modifierMask(key)) != 0) {
				Event event = new Event();
				event.type = type;
				event.keyCode = key;
				display.post(event);
			}
		}
	}

	private static int modifierMask(int key) {
		return key; // SWT.CTRL, SHIFT, ALT and COMMAND double as masks and key codes
	}

	private static String describe(Widget widget) {
		Object id = widget.getData(ID_KEY);
		return id != null ? "'" + id + "'" : widget.toString();
	}
}
