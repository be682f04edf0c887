package hu.webshopsync.host.customers;

import hu.webshopsync.api.Customer;
import hu.webshopsync.api.CustomerDirectory;
import hu.webshopsync.host.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Customers over the ERP database. When several customers share an address or number, the oldest wins.
 */
public final class JdbcCustomerDirectory implements CustomerDirectory {

    private static final String COLUMNS = "id, name, company, tax_number, email, phone";

    private final Database database;

    /**
     * Creates the directory.
     *
     * @param database the ERP database
     */
    public JdbcCustomerDirectory(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Customer> byEmail(String email) {
        String key = CustomerKeys.email(email);
        return key.isEmpty() ? Optional.empty() : findBy("email_key", key);
    }

    @Override
    public Optional<Customer> byPhone(String phone) {
        String key = CustomerKeys.phone(phone);
        return key.isEmpty() ? Optional.empty() : findBy("phone_key", key);
    }

    /**
     * A customer by id.
     *
     * @param id the id
     * @return the customer, if it exists
     */
    public Optional<Customer> byId(long id) {
        return database.read("reading customer " + id, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM customer WHERE id = ?")) {
                select.setLong(1, id);
                return one(select);
            }
        });
    }

    private Optional<Customer> findBy(String column, String key) {
        return database.read("looking a customer up", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM customer WHERE " + column + " = ? ORDER BY id FETCH FIRST 1 ROW ONLY")) {
                select.setString(1, key);
                return one(select);
            }
        });
    }

    private static Optional<Customer> one(PreparedStatement select) throws java.sql.SQLException {
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Customer(rs.getLong("id"), rs.getString("name"), rs.getString("company"),
                    rs.getString("tax_number"), rs.getString("email"), rs.getString("phone")));
        }
    }
}
