namespace AiGovKh.Web.Identity;

/// <summary>
/// Passwords and password stems seen again and again in leaked-password lists, plus local ones
/// (Cambodian place names, the hub's own names). Compared after lower-casing and stripping
/// digits and symbols, so "Password1234!" matches "password".
/// </summary>
internal static class CommonPasswords
{
    public static readonly HashSet<string> List = new(StringComparer.Ordinal)
    {
        "000000000000", "111111111111", "123456789012", "1234567890123", "123qweasdzxc", "1q2w3e4r5t6y", "1qaz2wsx", "aaaaaaaaaaaa",
        "abc123", "abcd1234abcd", "abcdefghijkl", "access", "admin", "admin123", "administrator", "administrator1",
        "aigov", "aigovkh", "angkor", "angkorwat", "apple", "asdfghjkl", "ashley", "autumn",
        "baby", "babygirl", "banana", "bangkok", "baseball", "baseball1234", "basketball", "batman",
        "buster", "cambodia", "changeme", "changeme1234", "charlie", "cheese", "chocolate", "computer",
        "correcthorsebatterystaple", "corvette", "daniel", "default", "diamond", "dragon", "dragon123456", "facebook",
        "family", "ferrari", "flower", "football", "football1234", "freedom", "golden", "google",
        "gov", "government", "guest", "hannah", "hanoi", "harley", "hello", "helloworld",
        "honda", "hunter", "iloveyou", "iloveyou123", "iloveyou1234", "instagram", "internet", "jennifer",
        "jessica", "jordan", "kampuchea", "khmer", "killer", "letmein", "letmein123", "letmeinplease",
        "linkedin", "login", "london", "lovely", "loveme", "master", "master123456", "matrix",
        "mercedes", "michael", "microsoft", "ministry", "monkey", "monkey123456", "mptc", "mustang",
        "myspace", "mysql", "naruto", "newyork", "ninja", "nokia", "oracle", "orange",
        "p@ssword", "paris", "passw0rd", "passw0rd1234", "password", "password1", "password123!", "password1234",
        "password12345", "passwordpassword", "pepper", "phnompenh", "pokemon", "postgres", "princess", "princess1234",
        "purple", "qazwsx", "qwerty", "qwerty123", "qwerty123456", "qwertyuiop", "qwertyuiop12", "qwertyuiopas",
        "ranger", "robert", "root", "samsung", "secret", "security", "shadow", "silver",
        "soccer", "spring", "starwars", "summer", "sunshine", "sunshine1234", "superman", "superman1234",
        "test", "tester", "testing", "thomas", "tigger", "toor", "toyota", "trustno1",
        "twitter", "user", "username", "welcome", "welcome1", "welcome123", "welcome12345", "whatever",
        "winter", "yamaha", "yellow", "youtube", "zaq12wsxcde3", "zxcvbnm",
    };
}
