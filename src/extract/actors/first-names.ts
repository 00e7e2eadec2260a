/**
 * Common given names in Germany (general vocabulary, written from the frequent-name lists of
 * German registry offices, with the common names of families of Turkish, Arabic, Polish, Russian,
 * Italian and Greek origin; no names taken from any input page). Used only where running text names
 * a person without a role cue ("… mit Petra Schulte eine Fachkraft eingesetzt").
 */
const NAMES = `
Abdullah Achim Adam Adelheid Adrian Agathe Agnes Ahmad Ahmed Ahmet Aische Aisha Aleksandra Alessandro Alessia Alexa Alexander
Alexandra Alexej Aleyna Alfons Alfred Ali Alice Alicia Alina Alma Aloys Amalia Amelie Amina Amir Amira Ana Anastasia Andrea
Andreas Andrej Andrzej Anette Angela Angelika Anita Anja Anke Anna Annalena Anne Anneke Anneliese Annemarie Annette Annika Antje
Anton Antonia Antonio Arne Arno Arnold Arthur Astrid Axel Ayla Aylin Ayse Aysel Ayşe Barbara Barış Bastian Beate Ben Benedikt
Benjamin Bennet Berit Bernadette Bernd Bernhard Berthold Bettina Bianca Birgit Birte Björn Bodo Boris Brigitte Britta Bruno Burak
Burkhard Bärbel Büşra Can Canan Carina Carla Carlo Carmen Carola Carolin Caroline Carsten Cem Chantal Charlotta Charlotte Christa
Christel Christian Christiane Christina Christine Christoph Christopher Cindy Clara Claudia Claus Clemens Conny Constanze Cordula
Cornelia Cornelius Dagmar Damian Daniel Daniela Danielle Dariusz David Denise Deniz Dennis Derya Detlef Diana Dieter Dietmar Dilan
Dilek Dimitri Dimitrios Dirk Dominik Doris Dorota Dorothea Dorothee Ebru Eckhard Edith Eduard Egon Ekaterina Elena Eleni Elfriede
Elias Elif Elina Elisa Elisabeth Elke Ella Ellen Elmar Elvira Emil Emily Emine Emir Emma Emre Enrico Ercan Erich Erik Erika Erkan
Ernst Erwin Esra Esther Eugen Eva Evelyn Ewa Ewald Fabian Fabienne Farid Fatih Fatima Fatma Felicitas Felix Ferdinand Filiz Finn
Florian Francesca Frank Franz Franziska Frauke Frederik Frieda Friederike Friedrich Fritz Gabi Gabriele Gaby Georg Georgios Gerd
Gerda Gerhard Gerlinde Gernot Gertrud Gesa Giovanni Gisbert Gisela Giulia Giuseppe Gregor Greta Grit Gudrun Guido Gökhan Gül Gülay
Gülsen Günter Günther Hacer Hafize Hakan Halil Hanna Hannah Hannelore Hannes Hans Hans-Dieter Hans-Georg Hans-Joachim Hans-Peter
Harald Hartmut Hasan Hassan Hatice Hedwig Heidi Heidrun Heike Heiko Heiner Heinrich Heinz Heinz-Josef Helen Helena Helene Helga
Helmut Helmuth Hendrik Henning Henriette Henrik Herbert Hermann Herta Hilde Hildegard Holger Horst Hubert Hugo Hussein Hülya
Hüseyin Ibrahim Ida Igor Ilka Ilona Ilse Imke Ina Ines Inge Ingeborg Ingo Ingrid Irene Irina Iris Irmgard Isabel Isabell Isabella
Ivan Ivana Jacqueline Jakob Jan Jana Jana-Lena Janina Jannik Janusz Jasmin Jasper Jelena Jennifer Jenny Jens Jessica Joachim
Joanna Jochem Jochen Johan Johann Johanna Johannes Jolanta Jonas Jonathan Josef Josefine Joshua Jule Julia Julian Juliane Julius
Justin Justus Jutta Jörg Jürgen Kadir Kai Kamil Karen Karim Karin Karl Karl-Heinz Karla Karoline Karsten Katarzyna Katharina
Katharine Kathleen Kathrin Katja Katrin Kemal Kerstin Kevin Khalid Kim Kirsten Klara Klaus Knut Konrad Konstantin Kornelia
Kristina Krzysztof Kurt Kübra Lale Lara Larissa Lars Laura Laurenz Lea Lea-Sophie Leila Lejla Lena Lennart Leon Leonard Leonie
Leyla Liane Lilli Lilly Lina Linda Lisa Liselotte Lorenz Lothar Lotte Louisa Luca Lucas Lucia Ludger Ludwig Luisa Luise Lukas Lutz
Lydia Madeleine Magdalena Magnus Mahmoud Maik Maja Malik Malte Mandy Manfred Manuel Manuela Marc Marcel Marco Marcus Mareike Maren
Margarete Margit Margret Maria Mariam Mariama Marianne Marie Marija Marijke Marika Marina Mario Marion Marius Mark Marko Markus
Marlene Marlies Marta Marten Martin Martina Mathias Mathilde Matthias Max Maximilian Mechthild Mehmet Meike Melanie Melike Melissa
Merve Meryem Mia Michael Michaela Michelle Mila Milan Miriam Miroslav Mohamed Mohammed Monika Moritz Murat Mustafa Nadia Nadine
Nadja Natalie Natascha Nathalie Nele Nesrin Nico Nicolas Nicole Niklas Nikola Nikolai Nikolaus Nils Nina Nora Norbert Nour Nuray
Nurcan Olaf Ole Olga Oliver Omar Onur Orhan Oskar Otto Ozan Oğuz Patricia Patrick Paul Paula Paulina Pauline Peter Petra Philipp
Pia Piotr Rabea Rahel Rainer Ralf Ralph Ramona Rania Rebecca Rebekka Regina Reiner Reinhard Renata Renate Rene René Ricarda
Richard Rita Robert Robin Roland Rolf Roman Ronja Rosemarie Rudolf Ruth Rüdiger Sabine Sabrina Salma Sami Samira Samuel
Sandra Sara Sarah Sascha Sebastian Selin Selma Sergej Serkan Sevgi Sibel Siegfried Sigrid Silke Silvia Simon Simone Sina Sinan
Sofia Songül Sonja Sophia Sophie Stanislaw Stefan Stefanie Steffen Stephan Stephanie Susanne Svea Sven Svenja Swantje
Sybille Tamara Tanja Tatjana Theo Theresa Thomas Thorsten Till Tilman Tim Timo Tina Tobias Tom Torsten Tuğba Tülay Udo Ulf Ulla
Ulrich Ulrike Ursula Uta Ute Uwe Valentin Valentina Vanessa Vera Verena Veronika Viktor Viktoria Vincent Volkan Volker Waldemar
Walter Werner Wiebke Wilfried Wilhelm Willi Wolfgang Yannick Yasemin Yasin Youssef Yusuf Yıldız Zainab Zeynep Zofia Ömer Özlem
Şule
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
