package org.spinerad.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds the widgets a {@link Ui} driver acts on: by the stable id they carry
 * under {@link Ui#ID_KEY}, by type, or open shells by title. Works from any
 * thread, like the driver.
 */
public final class Widgets {

	private final Ui ui;

	Widgets(Ui ui) {
		this.ui = ui;
	}

	/** @return the widget with the id in any open shell, if there is one now */
	public Optional<Widget> find(String id) {
		return ui.onUi(() -> {
			for (Shell shell : ui.display().getShells()) {
				Widget found = findIn(shell, id);
				if (found != null) {
					return Optional.of(found);
				}
			}
			return Optional.<Widget>empty();
		});
	}

	/**
	 * Waits until a widget with the id exists and has the given type.
	 *
	 * @return the widget
	 * @throws UiTimeoutError if none appears within {@link Ui#DEFAULT_TIMEOUT}
	 */
	public <W extends Widget> W get(String id, Class<W> type) {
		AtomicReference<Widget> found = new AtomicReference<>();
		ui.waitUntil("a " + type.getSimpleName() + " with id '" + id + "'", Ui.DEFAULT_TIMEOUT, () -> {
			Optional<Widget> widget = find(id);
			widget.filter(type::isInstance).ifPresent(found::set);
			return found.get() != null;
		});
		return type.cast(found.get());
	}

	/** @return all widgets of a type below a widget (depth first, the root included) */
	public <W extends Widget> List<W> all(Widget root, Class<W> type) {
		return ui.onUi(() -> {
			List<W> result = new ArrayList<>();
			collect(root, type, result);
			return result;
		});
	}

	/** @return the visible shell whose title contains the text, waiting for it */
	public Shell shell(String titlePart) {
		AtomicReference<Shell> found = new AtomicReference<>();
		ui.waitUntil("a shell titled '" + titlePart + "'", Ui.DEFAULT_TIMEOUT, () -> ui.onUi(() -> {
			for (Shell shell : ui.display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && shell.getText().contains(titlePart)) {
					found.set(shell);
					return true;
				}
			}
			return false;
		}));
		return found.get();
	}

	private static Widget findIn(Widget widget, String id) {
		if (widget.isDisposed()) {
			return null;
		}
		if (id.equals(widget.getData(Ui.ID_KEY))) {
			return widget;
		}
		if (widget instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Widget found = findIn(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static <W extends Widget> void collect(Widget widget, Class<W> type, List<W> result) {
		if (widget.isDisposed()) {
			return;
		}
		if (type.isInstance(widget)) {
			result.add(type.cast(widget));
		}
		if (widget instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, result);
			}
		}
	}
}
