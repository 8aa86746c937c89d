package org.spinerad.ui.internal.dialogs;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** Converts the page images of a PDF (AWT) to SWT image data. */
final class PageImages {

	private PageImages() {
	}

	static ImageData toImageData(BufferedImage page) {
		int width = page.getWidth();
		int height = page.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			page.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
