int main() { return 1; } // placeholder: paydesk-cli lands with the client
