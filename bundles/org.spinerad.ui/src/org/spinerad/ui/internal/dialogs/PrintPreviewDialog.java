package org.spinerad.ui.internal.dialogs;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;
import org.spinerad.ui.WidgetIds;

/**
 * Print preview of a signed report: the pages of its PDF, one at a time, with
 * "Page x of y", Previous/Next (Page Up/Page Down), and Print, which opens the
 * system's print dialog and prints the same pages.
 */
public final class PrintPreviewDialog extends Dialog {

	/** Widget ids for tests. */
	public static final String PAGE_LABEL = "org.spinerad.ui.print.pageLabel";
	public static final String PAGE_IMAGE = "org.spinerad.ui.print.pageImage";
	public static final String PREVIOUS = "org.spinerad.ui.print.previous";
	public static final String NEXT = "org.spinerad.ui.print.next";
	/** Button id of Print. */
	public static final int PRINT_ID = IDialogConstants.CLIENT_ID + 1;

	private static final float PREVIEW_DPI = 80;

	private final PdfService pdfs;
	private final byte[] pdf;
	private final String jobName;
	private final List<Image> images = new ArrayList<>();
	private int current;
	private Label pageLabel;
	private Label pageImage;
	private ScrolledComposite scroller;
	private Button previous;
	private Button next;
	private final org.eclipse.swt.widgets.Listener pageKeys = this::pageKeys;

	/**
	 * @param pdf     the report's PDF, as {@link PdfService#render} made it
	 * @param jobName the print job's name, e.g. the PDF file name (no patient data)
	 */
	public PrintPreviewDialog(Shell shell, PdfService pdfs, byte[] pdf, String jobName) throws PdfException {
		super(shell);
		this.pdfs = pdfs;
		this.pdf = pdf;
		this.jobName = jobName;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
		for (BufferedImage page : pdfs.pages(pdf, PREVIEW_DPI)) {
			images.add(new Image(shell.getDisplay(), PageImages.toImageData(page)));
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Print preview");
		shell.addDisposeListener(e -> images.forEach(Image::dispose));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite bar = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		previous = WidgetIds.tag(new Button(bar, SWT.PUSH), PREVIOUS);
		previous.setText("&Previous page");
		previous.addListener(SWT.Selection, e -> show(current - 1));
		next = WidgetIds.tag(new Button(bar, SWT.PUSH), NEXT);
		next.setText("&Next page");
		next.addListener(SWT.Selection, e -> show(current + 1));
		pageLabel = WidgetIds.tag(new Label(bar, SWT.NONE), PAGE_LABEL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pageLabel);

		scroller = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		pageImage = WidgetIds.tag(new Label(scroller, SWT.NONE), PAGE_IMAGE);
		scroller.setContent(pageImage);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 640).applyTo(scroller);
		area.getDisplay().addFilter(SWT.KeyDown, pageKeys);
		area.addDisposeListener(e -> e.display.removeFilter(SWT.KeyDown, pageKeys));
		show(0);
		return area;
	}

	private void pageKeys(org.eclipse.swt.widgets.Event event) {
		if (getShell() == null || event.display.getActiveShell() != getShell()) {
			return;
		}
		if (event.keyCode == SWT.PAGE_DOWN) {
			show(current + 1);
		} else if (event.keyCode == SWT.PAGE_UP) {
			show(current - 1);
		}
	}

	/** Shows one page (0-based), clamped to the document. */
	void show(int index) {
		if (images.isEmpty()) {
			pageLabel.setText("The document has no pages");
			return;
		}
		current = Math.max(0, Math.min(images.size() - 1, index));
		pageImage.setImage(images.get(current));
		pageImage.setSize(pageImage.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		scroller.setOrigin(0, 0);
		pageLabel.setText("Page " + (current + 1) + " of " + images.size());
		pageLabel.getParent().layout();
		previous.setEnabled(current > 0);
		next.setEnabled(current < images.size() - 1);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, PRINT_ID, "&Print...", true);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == PRINT_ID) {
			print();
		} else {
			close();
		}
	}

	private void print() {
		PrinterData data = new PrintDialog(getShell(), SWT.NONE).open();
		if (data == null) {
			return;
		}
		Printer printer = new Printer(data);
		try {
			new ReportPrinter(pdfs).print(printer, jobName, pdf);
			close();
		} catch (PdfException | RuntimeException e) {
			MessageDialog.openError(getShell(), "Print", "The report could not be printed: " + e.getMessage());
		} finally {
			printer.dispose();
		}
	}
}
