package org.spinerad.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable identifiers of widgets, stored with {@link Widget#setData(String, Object)}.
 * UI tests and accessibility tooling find controls by these ids, never by position
 * or label, so labels can change without breaking them.
 */
public final class WidgetIds {

	/** The data key under which a widget keeps its stable id. */
	public static final String KEY = "org.spinerad.id";

	private WidgetIds() {
	}

	/**
	 * Tags a widget with a stable id.
	 *
	 * @param widget the widget
	 * @param id     its id, conventionally {@code <bundle>.<kind>.<name>}
	 * @param <W>    the widget type
	 * @return the widget, for chaining
	 */
	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
