package org.spinerad.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.spinerad.model.Finding;
import org.spinerad.model.Report;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.model.query.Reports;

/**
 * A drawn sagittal spine, C1 to S1 and the sacrum: vertebrae as blocks, discs
 * between them. Levels with findings are marked (orange), critical ones red.
 * Click a vertebra or disc, or move with the arrow keys, to select a level.
 */
public final class SpineNavigator extends Canvas {

	private static final Vertebra[] SHOWN = { Vertebra.C1, Vertebra.C2, Vertebra.C3, Vertebra.C4, Vertebra.C5,
			Vertebra.C6, Vertebra.C7, Vertebra.T1, Vertebra.T2, Vertebra.T3, Vertebra.T4, Vertebra.T5, Vertebra.T6,
			Vertebra.T7, Vertebra.T8, Vertebra.T9, Vertebra.T10, Vertebra.T11, Vertebra.T12, Vertebra.L1, Vertebra.L2,
			Vertebra.L3, Vertebra.L4, Vertebra.L5, Vertebra.S1 };

	private final List<SpineLevel> levels = new ArrayList<>();
	private final List<Rectangle> boxes = new ArrayList<>();
	private Report report;
	private int selected = -1;
	private Consumer<SpineLevel> onSelect = l -> {
	};

	public SpineNavigator(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		for (int i = 0; i < SHOWN.length; i++) {
			levels.add(SpineLevel.of(SHOWN[i]));
			if (i + 1 < SHOWN.length && SHOWN[i].hasDiscTo(SHOWN[i + 1])) {
				levels.add(SpineLevel.disc(SHOWN[i], SHOWN[i + 1]));
			}
		}
		addPaintListener(e -> paint(e.gc));
		addListener(SWT.MouseDown, e -> {
			for (int i = 0; i < boxes.size(); i++) {
				if (boxes.get(i).contains(e.x, e.y)) {
					select(i, true);
					return;
				}
			}
		});
		addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				select(Math.min(levels.size() - 1, selected + 1), true);
			} else if (e.keyCode == SWT.ARROW_UP) {
				select(Math.max(0, selected - 1), true);
			}
		});
		addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		addListener(SWT.FocusIn, e -> redraw());
		addListener(SWT.FocusOut, e -> redraw());
		getAccessible();
		setToolTipText("Spine navigator: click a level or use the arrow keys; Ctrl+L types a level");
	}

	/** Called with the level the user selects. */
	public void onSelect(Consumer<SpineLevel> listener) {
		this.onSelect = listener;
	}

	/** Shows the findings of a report (null for none). */
	public void setReport(Report report) {
		this.report = report;
		redraw();
	}

	/** Selects a level, e.g. typed as "L4-L5"; returns whether it is shown here. */
	public boolean select(SpineLevel level, boolean notify) {
		int index = levels.indexOf(level);
		if (index < 0) {
			return false;
		}
		select(index, notify);
		return true;
	}

	/** @return the selected level, or null */
	public SpineLevel selection() {
		return selected < 0 ? null : levels.get(selected);
	}

	private void select(int index, boolean notify) {
		selected = index;
		redraw();
		if (notify) {
			onSelect.accept(levels.get(index));
		}
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(Math.max(wHint, 96), Math.max(hHint, 480));
	}

	private int severity(SpineLevel level) {
		if (report == null) {
			return 0;
		}
		int worst = 0;
		for (Finding f : Reports.findings(report)) {
			if (f.getFrom() == null) {
				continue;
			}
			SpineLevel last = Reports.lastLevel(f);
			int low = f.getFrom().position();
			int high = last.position();
			if (level.position() >= low && level.position() <= high) {
				worst = Math.max(worst, f.isCritical() ? 2 : 1);
			}
		}
		return worst;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getBackground());
		gc.fillRectangle(area);
		boxes.clear();
		int vertebrae = SHOWN.length;
		double unit = Math.max(8, (area.height - 10) / (vertebrae * 1.35));
		int y = 5;
		int x = 30;
		int width = Math.max(30, area.width - 36);
		Color grey = getDisplay().getSystemColor(SWT.COLOR_GRAY);
		Color found = new Color(getDisplay(), 240, 160, 40);
		Color critical = getDisplay().getSystemColor(SWT.COLOR_RED);
		Color select = getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		try {
			for (int i = 0; i < levels.size(); i++) {
				SpineLevel level = levels.get(i);
				int height = (int) Math.round(level.isDisc() ? unit * 0.35 : unit);
				Rectangle box = new Rectangle(level.isDisc() ? x + 4 : x, y, level.isDisc() ? width - 8 : width, Math.max(2, height));
				boxes.add(box);
				int severity = severity(level);
				gc.setBackground(severity == 2 ? critical : severity == 1 ? found : grey);
				gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 4, 4);
				if (i == selected) {
					gc.setForeground(select);
					gc.setLineWidth(2);
					gc.drawRoundRectangle(box.x - 2, box.y - 1, box.width + 3, box.height + 2, 4, 4);
					gc.setLineWidth(1);
				}
				if (!level.isDisc()) {
					gc.setForeground(getForeground());
					gc.drawText(level.upper().label(), 0, y + Math.max(0, (height - gc.getFontMetrics().getHeight()) / 2), true);
				}
				y += height + 1;
			}
			if (isFocusControl()) {
				gc.setForeground(select);
				gc.drawRectangle(0, 0, area.width - 1, area.height - 1);
			}
		} finally {
			found.dispose();
		}
	}
}
