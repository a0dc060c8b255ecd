import '../layout.js';
