package hu.webshopsync.host.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The ordered category dimensions (kategória dimenziók) of the product master.
 */
public final class CategoryDimensions {

    /** The name of the first dimension when the import has to create it. */
    public static final String FIRST_DIMENSION_NAME = "Termékcsoport";

    private CategoryDimensions() {
    }

    /**
     * The id of the first dimension (lowest position), creating "Termékcsoport" when there is none.
     *
     * @param connection the connection, inside the caller's transaction
     * @return the dimension's id
     * @throws SQLException when the database refuses
     */
    public static long firstDimensionId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM category_dimension ORDER BY position FETCH FIRST 1 ROW ONLY");
             ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                return rs.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO category_dimension (name, position) VALUES (?, 1)", new String[] {"ID"})) {
            insert.setString(1, FIRST_DIMENSION_NAME);
            insert.executeUpdate();
            return hu.webshopsync.host.db.Jdbc.generatedId(insert);
        }
    }
}
