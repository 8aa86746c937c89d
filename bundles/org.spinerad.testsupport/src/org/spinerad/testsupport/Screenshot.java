package org.spinerad.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** A PNG picture of a shell as it is drawn now; {@link Ui#screenshot(Shell, Path)} takes it on the UI thread. */
final class Screenshot {

	private Screenshot() {
	}

	/** On the UI thread: the shell's pixels (painted by the shell, else copied from the screen). */
	static ImageData capture(Shell shell) {
		shell.redraw();
		shell.update();
		Rectangle bounds = shell.getBounds();
		Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		GC gc = new GC(image);
		try {
			if (!shell.print(gc)) {
				gc.copyArea(image, bounds.x, bounds.y);
			}
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	/** Writes the pixels as a PNG file, creating its folders; @return the file */
	static Path save(ImageData data, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
