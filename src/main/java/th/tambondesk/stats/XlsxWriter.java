package th.tambondesk.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** Tables as an XLSX workbook, one sheet each: numbers stay numbers, totals bold, the header frozen. */
final class XlsxWriter {

    private XlsxWriter() {
    }

    static byte[] write(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            for (Table table : tables) {
                sheet(book, styles, table);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, Styles styles, Table table) {
        Sheet sheet = book.createSheet(table.sheet());
        int r = 0;
        for (String line : table.title()) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(r == 1 ? styles.title : styles.text);
        }
        if (!table.title().isEmpty()) {
            r++;
        }
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.header().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.header().get(c));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(2, r);
        for (int i = 0; i < table.rows().size(); i++) {
            boolean total = i >= table.rows().size() - table.totals();
            Row row = sheet.createRow(r++);
            List<Object> cells = table.rows().get(i);
            for (int c = 0; c < cells.size(); c++) {
                write(row.createCell(c), cells.get(c), styles, total);
            }
        }
        r++;
        for (String note : table.notes()) {
            sheet.createRow(r++).createCell(0).setCellValue(note);
        }
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        for (int c = 2; c < table.header().size(); c++) {
            sheet.setColumnWidth(c, Math.max(9, Math.min(22, table.header().get(c).length() + 4)) * 256);
        }
    }

    private static void write(Cell cell, Object value, Styles styles, boolean total) {
        if (value == null) {
            cell.setCellStyle(total ? styles.boldText : styles.text);
        } else if (value instanceof Long || value instanceof Integer) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(total ? styles.boldNumber : styles.number);
        } else if (value instanceof Table.Decimal decimal) {
            cell.setCellValue(decimal.value());
            cell.setCellStyle(total ? styles.boldDecimal : styles.decimal);
        } else if (value instanceof Table.Percent percent) {
            cell.setCellValue(percent.value());
            cell.setCellStyle(total ? styles.boldPercent : styles.percent);
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(total ? styles.boldText : styles.text);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle boldText;
        final CellStyle number;
        final CellStyle boldNumber;
        final CellStyle decimal;
        final CellStyle boldDecimal;
        final CellStyle percent;
        final CellStyle boldPercent;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            header = bordered(book);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(book);
            boldText = bordered(book);
            boldText.setFont(bold);
            short whole = book.createDataFormat().getFormat("#,##0");
            short oneDecimal = book.createDataFormat().getFormat("0.0");
            short share = book.createDataFormat().getFormat("0.0%");
            number = formatted(book, whole, null);
            boldNumber = formatted(book, whole, bold);
            decimal = formatted(book, oneDecimal, null);
            boldDecimal = formatted(book, oneDecimal, bold);
            percent = formatted(book, share, null);
            boldPercent = formatted(book, share, bold);
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static CellStyle formatted(XSSFWorkbook book, short format, @Nullable Font font) {
            CellStyle style = bordered(book);
            style.setDataFormat(format);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }
    }
}
