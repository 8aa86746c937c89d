package org.spinerad.ui.internal.handlers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Control;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.ui.WidgetIds;

/** Which impression item a control of the report form edits, from its widget id ("...impression.3"). */
final class ImpressionFocus {

	private static final Pattern ID = Pattern.compile("\\.impression\\.(\\d+)(\\.critical)?$");

	private ImpressionFocus() {
	}

	static ImpressionItem item(Control control, Report report) {
		if (control == null || report == null || !(control.getData(WidgetIds.KEY) instanceof String id)) {
			return null;
		}
		Matcher m = ID.matcher(id);
		if (!m.find()) {
			return null;
		}
		int index = Integer.parseInt(m.group(1)) - 1;
		return index >= 0 && index < report.getImpression().size() ? report.getImpression().get(index) : null;
	}
}
